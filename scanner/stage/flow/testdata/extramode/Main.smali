.class public Lorg/apkscan/test/em/Main;
.super Landroid/app/Activity;

# A browser whose client hands each page to two services of its own:
# Report gets the mode in an extra named for nothing in particular and
# tracks only pages seen outside incognito mode; Count tracks every page.

.field static privateMode:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public static isPrivate()Z
    .registers 1
    sget-boolean v0, Lorg/apkscan/test/em/Main;->privateMode:Z
    return v0
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/em/Client;
    invoke-direct {v1}, Lorg/apkscan/test/em/Client;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    invoke-virtual {p0, v0}, Landroid/app/Activity;->setContentView(Landroid/view/View;)V
    return-void
.end method
