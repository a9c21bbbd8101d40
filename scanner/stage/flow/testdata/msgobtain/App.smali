.class public Lorg/apkscan/test/mo/App;
.super Landroid/app/Application;

# Page messages to handlers, obtained with their arg1: Guarded's carries
# the mode (1 in incognito mode, 0 else, as javac compiles a ternary) and
# its handler tracks only messages sent outside incognito mode; Open's
# handler tracks every page.

.field public static incognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public static isIncognito()Z
    .registers 1
    sget-boolean v0, Lorg/apkscan/test/mo/App;->incognito:Z
    return v0
.end method

.method public onCreate()V
    .registers 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/mo/Guarded;
    invoke-direct {v1}, Lorg/apkscan/test/mo/Guarded;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/mo/Open;
    invoke-direct {v1}, Lorg/apkscan/test/mo/Open;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
