.class public Lorg/apkscan/test/ss/App;
.super Landroid/app/Application;

# The sealed mode of sealedmode as R8 leaves it: Mode is a, its data
# objects Private and Normal are b and c, known by their toString. Three
# WebView clients ask helpers whether to track: one tests `mode is
# Mode.Private`, one `mode == Mode.Private`, one a preference through the
# app's helper; one tracks only when `mode is Mode.Normal`; another
# tracks always.

.field static mode:Lorg/apkscan/test/ss/a;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    sget-object v0, Lorg/apkscan/test/ss/c;->INSTANCE:Lorg/apkscan/test/ss/c;
    sput-object v0, Lorg/apkscan/test/ss/App;->mode:Lorg/apkscan/test/ss/a;
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ss/IsClient;
    invoke-direct {v1}, Lorg/apkscan/test/ss/IsClient;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ss/NormalClient;
    invoke-direct {v1}, Lorg/apkscan/test/ss/NormalClient;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ss/EqClient;
    invoke-direct {v1}, Lorg/apkscan/test/ss/EqClient;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ss/PrefClient;
    invoke-direct {v1}, Lorg/apkscan/test/ss/PrefClient;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ss/Always;
    invoke-direct {v1}, Lorg/apkscan/test/ss/Always;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
