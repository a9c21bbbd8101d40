.class public Lo/App;
.super Landroid/app/Application;

# A shrunk browser keeps its mode as the enum o.a. One client tracks
# unless the mode is o.a.b (PRIVATE_BROWSING), the other always tracks.

.field static c:Lo/a;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    sget-object v0, Lo/a;->a:Lo/a;
    sput-object v0, Lo/App;->c:Lo/a;
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lo/b;
    invoke-direct {v1}, Lo/b;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lo/c;
    invoke-direct {v1}, Lo/c;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
