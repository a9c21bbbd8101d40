.class public Lorg/apkscan/test/ic/Main;
.super Landroid/app/Activity;

# A browser whose incognito mode comes with the launching intent. Its
# client sees every request a page makes (shouldInterceptRequest) and
# reports the main frame's, the page's URL, to a tracker. BUG ON PURPOSE:
# in incognito mode too. The older overload, given the URL as a String,
# reports only outside incognito mode.

.field static sIncognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Lorg/apkscan/test/ic/Main;->getIntent()Landroid/content/Intent;
    move-result-object v0
    const-string v1, "incognito"
    const/4 v2, 0x0
    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->getBooleanExtra(Ljava/lang/String;Z)Z
    move-result v0
    sput-boolean v0, Lorg/apkscan/test/ic/Main;->sIncognito:Z
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ic/Client;
    invoke-direct {v1}, Lorg/apkscan/test/ic/Client;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
