.class public Lorg/apkscan/test/ag/Guarded;
.super Landroid/webkit/WebViewClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 7
    new-instance v1, Lorg/apkscan/test/ag/GuardedSend;
    invoke-direct {v1, p2}, Lorg/apkscan/test/ag/GuardedSend;-><init>(Ljava/lang/String;)V
    sget-boolean v0, Lorg/apkscan/test/ag/App;->incognito:Z
    if-eqz v0, :post
    return-void
    :post
    new-instance v0, Landroid/os/Handler;
    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;
    move-result-object v2
    invoke-direct {v0, v2}, Landroid/os/Handler;-><init>(Landroid/os/Looper;)V
    invoke-virtual {v0, v1}, Landroid/os/Handler;->post(Ljava/lang/Runnable;)Z
    return-void
.end method
