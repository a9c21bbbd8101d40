.class public Lorg/apkscan/test/sa/IncognitoSettingsActivity;
.super Landroid/app/Activity;

# Turns private mode on: shows no page.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const/4 v0, 1
    sput-boolean v0, Lorg/apkscan/test/sa/Prefs;->incognito:Z
    return-void
.end method
