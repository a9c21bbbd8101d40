.class public Lorg/apkscan/test/rs/a;
.super Landroid/app/Activity;

# A shrunk browser: nothing in it is named like incognito mode. The menu's
# private tab is a tab made with true, which its own WebView subclass
# passes to WebView's private-browsing constructor.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lorg/apkscan/test/rs/b;
    const/4 v1, 0x0
    invoke-direct {v0, p0, v1}, Lorg/apkscan/test/rs/b;-><init>(Landroid/content/Context;Z)V
    return-void
.end method

.method public onOptionsItemSelected(Landroid/view/MenuItem;)Z
    .registers 4
    new-instance v0, Lorg/apkscan/test/rs/b;
    const/4 v1, 0x1
    invoke-direct {v0, p0, v1}, Lorg/apkscan/test/rs/b;-><init>(Landroid/content/Context;Z)V
    return v1
.end method
