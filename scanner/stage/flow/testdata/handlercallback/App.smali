.class public Lorg/apkscan/test/hc/App;
.super Landroid/app/Application;

# Handlers made with a Handler.Callback: Open's, Held's, Targeted's, the
# one Given is made with and the one Injected is given last (after one
# with a Quiet callback) send every page to it, Guarded's none in
# incognito mode.

.field public static incognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 5
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/hc/Open;
    invoke-direct {v1}, Lorg/apkscan/test/hc/Open;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/hc/Held;
    invoke-direct {v1}, Lorg/apkscan/test/hc/Held;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Landroid/os/Handler;
    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;
    move-result-object v2
    new-instance v3, Lorg/apkscan/test/hc/Upload;
    invoke-direct {v3}, Lorg/apkscan/test/hc/Upload;-><init>()V
    invoke-direct {v1, v2, v3}, Landroid/os/Handler;-><init>(Landroid/os/Looper;Landroid/os/Handler$Callback;)V
    new-instance v2, Lorg/apkscan/test/hc/Given;
    invoke-direct {v2, v1}, Lorg/apkscan/test/hc/Given;-><init>(Landroid/os/Handler;)V
    invoke-virtual {v0, v2}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Landroid/os/Handler;
    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;
    move-result-object v2
    new-instance v3, Lorg/apkscan/test/hc/Upload;
    invoke-direct {v3}, Lorg/apkscan/test/hc/Upload;-><init>()V
    invoke-direct {v1, v2, v3}, Landroid/os/Handler;-><init>(Landroid/os/Looper;Landroid/os/Handler$Callback;)V
    new-instance v2, Lorg/apkscan/test/hc/Injected;
    invoke-direct {v2}, Lorg/apkscan/test/hc/Injected;-><init>()V
    new-instance v3, Landroid/os/Handler;
    new-instance v4, Lorg/apkscan/test/hc/Quiet;
    invoke-direct {v4}, Lorg/apkscan/test/hc/Quiet;-><init>()V
    invoke-direct {v3, v4}, Landroid/os/Handler;-><init>(Landroid/os/Handler$Callback;)V
    invoke-virtual {v2, v3}, Lorg/apkscan/test/hc/Injected;->setHandler(Landroid/os/Handler;)V
    invoke-virtual {v2, v1}, Lorg/apkscan/test/hc/Injected;->setHandler(Landroid/os/Handler;)V
    invoke-virtual {v0, v2}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/hc/Targeted;
    invoke-direct {v1}, Lorg/apkscan/test/hc/Targeted;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/hc/Guarded;
    invoke-direct {v1}, Lorg/apkscan/test/hc/Guarded;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
