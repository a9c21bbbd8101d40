.class public Lorg/apkscan/test/me/App;
.super Landroid/app/Application;

# Events made by factories: the page URL goes into one made for it, the
# device id into one the factory fills itself. Each caller gets its own.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 4
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/me/Client;
    invoke-direct {v1}, Lorg/apkscan/test/me/Client;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    invoke-static {p0}, Lorg/apkscan/test/me/Event;->device(Landroid/content/Context;)Lorg/apkscan/test/me/Event;
    move-result-object v0
    iget-object v0, v0, Lorg/apkscan/test/me/Event;->value:Ljava/lang/String;
    const-string v1, "dev"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
