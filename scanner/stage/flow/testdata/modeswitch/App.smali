.class public Lorg/apkscan/test/ms/App;
.super Landroid/app/Application;

# The browser keeps its mode as an enum and its clients switch on it.
# Guarded switches through javac's switch map (NORMAL tracks, INCOGNITO
# returns), R8 the same through R8's, Kotlin through kotlinc's WhenMappings; Shrunk switches on the ordinal with a case for NORMAL only,
# the default returning; Reader tracks in every case but READER's, so it
# tracks in incognito mode too. Keyed and Zero test the key as a shrinker
# leaves a switch of one case: against the incognito key, and against
# zero (the ordinal of NORMAL). Asking asks a helper whose only read is
# the mode's ordinal, tested against INCOGNITO's.

.field static mode:Lorg/apkscan/test/ms/Mode;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    sget-object v0, Lorg/apkscan/test/ms/Mode;->NORMAL:Lorg/apkscan/test/ms/Mode;
    sput-object v0, Lorg/apkscan/test/ms/App;->mode:Lorg/apkscan/test/ms/Mode;
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ms/Guarded;
    invoke-direct {v1}, Lorg/apkscan/test/ms/Guarded;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ms/R8;
    invoke-direct {v1}, Lorg/apkscan/test/ms/R8;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ms/Kotlin;
    invoke-direct {v1}, Lorg/apkscan/test/ms/Kotlin;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ms/Shrunk;
    invoke-direct {v1}, Lorg/apkscan/test/ms/Shrunk;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ms/Reader;
    invoke-direct {v1}, Lorg/apkscan/test/ms/Reader;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ms/Keyed;
    invoke-direct {v1}, Lorg/apkscan/test/ms/Keyed;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ms/Zero;
    invoke-direct {v1}, Lorg/apkscan/test/ms/Zero;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ms/Asking;
    invoke-direct {v1}, Lorg/apkscan/test/ms/Asking;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
