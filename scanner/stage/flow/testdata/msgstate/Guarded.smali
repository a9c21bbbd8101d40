.class public Lorg/apkscan/test/ms/Guarded;
.super Landroid/webkit/WebViewClient;

# Sends every page to its handler, with the mode in the message's arg1.

.field private final handler:Lorg/apkscan/test/ms/PageHandler;

.method public constructor <init>()V
    .registers 3
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    new-instance v0, Lorg/apkscan/test/ms/PageHandler;
    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;
    move-result-object v1
    invoke-direct {v0, v1}, Lorg/apkscan/test/ms/PageHandler;-><init>(Landroid/os/Looper;)V
    iput-object v0, p0, Lorg/apkscan/test/ms/Guarded;->handler:Lorg/apkscan/test/ms/PageHandler;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6
    iget-object v0, p0, Lorg/apkscan/test/ms/Guarded;->handler:Lorg/apkscan/test/ms/PageHandler;
    const/4 v1, 0x1
    invoke-virtual {v0, v1, p2}, Landroid/os/Handler;->obtainMessage(ILjava/lang/Object;)Landroid/os/Message;
    move-result-object v1
    invoke-static {}, Lorg/apkscan/test/ms/App;->isIncognito()Z
    move-result v2
    if-eqz v2, :normal
    const/4 v2, 0x1
    goto :set
    :normal
    const/4 v2, 0x0
    :set
    iput v2, v1, Landroid/os/Message;->arg1:I
    invoke-virtual {v0, v1}, Landroid/os/Handler;->sendMessage(Landroid/os/Message;)Z
    return-void
.end method
