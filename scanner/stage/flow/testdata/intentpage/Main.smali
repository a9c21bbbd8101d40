.class public Lorg/apkscan/test/ip/Main;
.super Landroid/app/Activity;

# A browser with an incognito mode that hands each page to two activities
# of its own by explicit intents: Stats only outside incognito mode, Share
# always. Each sends the page it is started with to Sensors Analytics.

.field public static incognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ip/Client;
    invoke-direct {v1, p0}, Lorg/apkscan/test/ip/Client;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
