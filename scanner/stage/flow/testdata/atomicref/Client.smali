.class public Lorg/apkscan/test/ar/Client;
.super Landroid/webkit/WebViewClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 5
    sget-object v0, Lorg/apkscan/test/ar/App;->PAGE:Ljava/util/concurrent/atomic/AtomicReference;
    invoke-virtual {v0, p2}, Ljava/util/concurrent/atomic/AtomicReference;->set(Ljava/lang/Object;)V
    sget-object v0, Lorg/apkscan/test/ar/App;->FIRST:Ljava/util/concurrent/atomic/AtomicReference;
    const/4 v1, 0x0
    invoke-virtual {v0, v1, p2}, Ljava/util/concurrent/atomic/AtomicReference;->compareAndSet(Ljava/lang/Object;Ljava/lang/Object;)Z
    return-void
.end method
