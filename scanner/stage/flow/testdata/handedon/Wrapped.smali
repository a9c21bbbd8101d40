.class public Lorg/apkscan/test/ho/Wrapped;
.super Landroid/webkit/WebViewClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 5
    new-instance v1, Lorg/apkscan/test/ho/WrappedSend;
    invoke-direct {v1, p2}, Lorg/apkscan/test/ho/WrappedSend;-><init>(Ljava/lang/String;)V
    new-instance v2, Lorg/apkscan/test/ho/Gate;
    invoke-direct {v2, v1}, Lorg/apkscan/test/ho/Gate;-><init>(Ljava/lang/Runnable;)V
    new-instance v0, Landroid/os/Handler;
    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;
    move-result-object v3
    invoke-direct {v0, v3}, Landroid/os/Handler;-><init>(Landroid/os/Looper;)V
    invoke-virtual {v0, v2}, Landroid/os/Handler;->post(Ljava/lang/Runnable;)Z
    return-void
.end method
