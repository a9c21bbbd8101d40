.class public Lorg/apkscan/test/st/App;
.super Landroid/app/Application;

# A browser keeping the page's URL in its singleton tab manager's current
# tab (Client), read back by a delayed Reporter: the tab's state, read
# through the manager's getter by another class.

.field public static incognito:Z
.field public static visits:I

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/st/Client;
    invoke-direct {v1}, Lorg/apkscan/test/st/Client;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
