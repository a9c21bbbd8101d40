.class public Lorg/apkscan/test/tr/Main;
.super Landroid/app/Activity;

# A browser whose incognito mode comes with the launching intent. Four
# WebViews: one whose client reports every loaded page, one whose client
# reports only outside incognito mode, one whose client reaches its tab
# through a holder's getter and reports every page, and one whose client
# is its own tab and hands itself to the reporter.

.field static sIncognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Lorg/apkscan/test/tr/Main;->getIntent()Landroid/content/Intent;
    move-result-object v0
    const-string v1, "incognito"
    const/4 v2, 0x0
    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->getBooleanExtra(Ljava/lang/String;Z)Z
    move-result v0
    sput-boolean v0, Lorg/apkscan/test/tr/Main;->sIncognito:Z
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/tr/Client;
    invoke-direct {v1}, Lorg/apkscan/test/tr/Client;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/tr/Guarded;
    invoke-direct {v1}, Lorg/apkscan/test/tr/Guarded;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/tr/Held;
    invoke-direct {v1}, Lorg/apkscan/test/tr/Held;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/tr/Self;
    invoke-direct {v1}, Lorg/apkscan/test/tr/Self;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
