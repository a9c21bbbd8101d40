.class public Lorg/apkscan/test/ho/Gated;
.super Landroid/webkit/WebViewClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 5
    new-instance v1, Lorg/apkscan/test/ho/GatedSend;
    invoke-direct {v1, p2}, Lorg/apkscan/test/ho/GatedSend;-><init>(Ljava/lang/String;)V
    new-instance v0, Lorg/apkscan/test/ho/GateExecutor;
    invoke-direct {v0}, Lorg/apkscan/test/ho/GateExecutor;-><init>()V
    invoke-virtual {v0, v1}, Lorg/apkscan/test/ho/GateExecutor;->execute(Ljava/lang/Runnable;)V
    return-void
.end method
