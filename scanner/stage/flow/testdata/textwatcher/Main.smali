.class public Lorg/apkscan/test/tw/Main;
.super Landroid/app/Activity;

# Watches an EditText: the watcher logs the IMEI after the text changes.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroid/widget/EditText;
    invoke-direct {v0, p0}, Landroid/widget/EditText;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/tw/Watch;
    invoke-direct {v1, p0}, Lorg/apkscan/test/tw/Watch;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, v1}, Landroid/widget/EditText;->addTextChangedListener(Landroid/text/TextWatcher;)V
    return-void
.end method
