.class public Lorg/apkscan/test/mode/App;
.super Landroid/app/Application;

# The browser keeps its mode as an enum, NORMAL or INCOGNITO. Five
# WebViews: two clients track each page unless the mode is INCOGNITO
# (tested as Java's == and as Kotlin's Intrinsics.areEqual), two only
# when it is NORMAL (the same two ways), the fifth tracks every page.

.field static mode:Lorg/apkscan/test/mode/Mode;
.field static startPrivate:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    sget-object v0, Lorg/apkscan/test/mode/Mode;->NORMAL:Lorg/apkscan/test/mode/Mode;
    sget-boolean v1, Lorg/apkscan/test/mode/App;->startPrivate:Z
    if-eqz v1, :set
    sget-object v0, Lorg/apkscan/test/mode/Mode;->INCOGNITO:Lorg/apkscan/test/mode/Mode;
    :set
    sput-object v0, Lorg/apkscan/test/mode/App;->mode:Lorg/apkscan/test/mode/Mode;
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/mode/Guarded;
    invoke-direct {v1}, Lorg/apkscan/test/mode/Guarded;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/mode/KotlinGuarded;
    invoke-direct {v1}, Lorg/apkscan/test/mode/KotlinGuarded;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/mode/NormalGuarded;
    invoke-direct {v1}, Lorg/apkscan/test/mode/NormalGuarded;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/mode/KotlinNormal;
    invoke-direct {v1}, Lorg/apkscan/test/mode/KotlinNormal;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/mode/Unguarded;
    invoke-direct {v1}, Lorg/apkscan/test/mode/Unguarded;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
