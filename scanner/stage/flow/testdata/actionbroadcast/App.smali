.class public Lorg/apkscan/test/ab/App;
.super Landroid/app/Activity;

# A browser broadcasting each page with an action of its own to the
# receivers its manifest declares for it: Stats tracks every page, Audit
# only pages seen outside incognito mode.

.field public static incognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public static isIncognito()Z
    .registers 1
    sget-boolean v0, Lorg/apkscan/test/ab/App;->incognito:Z
    return v0
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ab/Client;
    invoke-direct {v1, p0}, Lorg/apkscan/test/ab/Client;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
