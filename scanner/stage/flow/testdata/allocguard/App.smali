.class public Lorg/apkscan/test/ag/App;
.super Landroid/app/Application;

# A browser whose clients make the Runnable that sends the page's URL
# before testing the incognito flag, and post it after: Guarded (to a
# Handler) and ViewPosted (to its WebView) return early in incognito
# mode, so their Runnables never run then; Open tests the flag only to
# log it, and posts the Runnable either way. Registered makes a layout
# listener the same way and registers it after the test: guarded too.

.field static incognito:Z

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
    new-instance v1, Lorg/apkscan/test/ag/Guarded;
    invoke-direct {v1}, Lorg/apkscan/test/ag/Guarded;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ag/ViewPosted;
    invoke-direct {v1}, Lorg/apkscan/test/ag/ViewPosted;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ag/Open;
    invoke-direct {v1}, Lorg/apkscan/test/ag/Open;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ag/Registered;
    invoke-direct {v1}, Lorg/apkscan/test/ag/Registered;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
