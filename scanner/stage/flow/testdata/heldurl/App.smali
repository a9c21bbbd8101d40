.class public Lorg/apkscan/test/hu/App;
.super Landroid/app/Application;

# A browser (no incognito mode) whose clients keep each page's URL in a
# Bundle and read it back: Fetch opens a connection to that URL (the
# browser fetching the page: no finding), Report sends it in a stats
# host's query (browsing data). Derived opens an address made of the
# page's URL: the request goes to the page's own server (no finding).

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
    new-instance v1, Lorg/apkscan/test/hu/Fetch;
    invoke-direct {v1}, Lorg/apkscan/test/hu/Fetch;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/hu/Report;
    invoke-direct {v1}, Lorg/apkscan/test/hu/Report;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/hu/Derived;
    invoke-direct {v1}, Lorg/apkscan/test/hu/Derived;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
