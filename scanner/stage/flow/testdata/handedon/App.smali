.class public Lorg/apkscan/test/ho/App;
.super Landroid/app/Application;

# A browser whose clients hand a Runnable that sends the page's URL to
# the app's own code, which hands it to the framework: Gated to the app's
# Executor, which runs nothing in incognito mode; Helped to a helper
# that posts only outside incognito mode; Open to a helper that always
# posts; Wrapped posts it inside Gate, a Runnable that runs what it
# wraps only outside incognito mode. Only Open's Runnable runs in
# incognito mode.

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
    new-instance v1, Lorg/apkscan/test/ho/Gated;
    invoke-direct {v1}, Lorg/apkscan/test/ho/Gated;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ho/Helped;
    invoke-direct {v1}, Lorg/apkscan/test/ho/Helped;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ho/Open;
    invoke-direct {v1}, Lorg/apkscan/test/ho/Open;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ho/Wrapped;
    invoke-direct {v1}, Lorg/apkscan/test/ho/Wrapped;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
