.class public Lorg/apkscan/test/sm/App;
.super Landroid/app/Application;

# The browser keeps its mode as a sealed class. Three WebView clients ask
# helpers whether to track: one tests `mode is Mode.Private`, one
# `mode == Mode.Private`, one a preference through the app's helper; one
# tracks only when `mode is Mode.Normal`; another tracks always.

.field static mode:Lorg/apkscan/test/sm/Mode;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    sget-object v0, Lorg/apkscan/test/sm/Mode$Normal;->INSTANCE:Lorg/apkscan/test/sm/Mode$Normal;
    sput-object v0, Lorg/apkscan/test/sm/App;->mode:Lorg/apkscan/test/sm/Mode;
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/sm/IsClient;
    invoke-direct {v1}, Lorg/apkscan/test/sm/IsClient;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/sm/NormalClient;
    invoke-direct {v1}, Lorg/apkscan/test/sm/NormalClient;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/sm/EqClient;
    invoke-direct {v1}, Lorg/apkscan/test/sm/EqClient;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/sm/PrefClient;
    invoke-direct {v1}, Lorg/apkscan/test/sm/PrefClient;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/sm/Always;
    invoke-direct {v1}, Lorg/apkscan/test/sm/Always;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
