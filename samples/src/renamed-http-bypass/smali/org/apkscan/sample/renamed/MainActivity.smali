.class public Lorg/apkscan/sample/renamed/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

# The incognito switch comes with the launching intent. onCreate opens a
# page on a WebView with the client b, and logs the start page only outside
# incognito mode (the app has the mode).

.field private static sIncognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public static isIncognito()Z
    .registers 1
    sget-boolean v0, Lorg/apkscan/sample/renamed/MainActivity;->sIncognito:Z
    return v0
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Lorg/apkscan/sample/renamed/MainActivity;->getIntent()Landroid/content/Intent;
    move-result-object v0
    const-string v1, "incognito"
    const/4 v2, 0x0
    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->getBooleanExtra(Ljava/lang/String;Z)Z
    move-result v0
    sput-boolean v0, Lorg/apkscan/sample/renamed/MainActivity;->sIncognito:Z
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/sample/renamed/b;
    invoke-direct {v1}, Lorg/apkscan/sample/renamed/b;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    const-string v1, "https://www.example.org/"
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->loadUrl(Ljava/lang/String;)V
    invoke-virtual {p0, v0}, Lorg/apkscan/sample/renamed/MainActivity;->setContentView(Landroid/view/View;)V
    invoke-static {}, Lorg/apkscan/sample/renamed/MainActivity;->isIncognito()Z
    move-result v2
    if-nez v2, :private
    const-string v2, "history"
    invoke-static {v2, v1}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    :private
    return-void
.end method
