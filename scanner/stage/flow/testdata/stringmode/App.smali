.class public Lorg/apkscan/test/sm/App;
.super Landroid/app/Application;

# The browser keeps its tab's mode as a string ("incognito" or
# "normal"). Guarded tracks a page unless "incognito".equals(mode); Open
# tracks every page.

.field static mode:Ljava/lang/String;

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
    new-instance v1, Lorg/apkscan/test/sm/Guarded;
    invoke-direct {v1}, Lorg/apkscan/test/sm/Guarded;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/sm/Open;
    invoke-direct {v1}, Lorg/apkscan/test/sm/Open;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
