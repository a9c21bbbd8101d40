.class public Lorg/apkscan/test/ms/Open;
.super Landroid/webkit/WebViewClient;

# Sends every page to its handler, which tracks it whatever the mode.

.field private final handler:Lorg/apkscan/test/ms/CountHandler;

.method public constructor <init>()V
    .registers 3
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    new-instance v0, Lorg/apkscan/test/ms/CountHandler;
    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;
    move-result-object v1
    invoke-direct {v0, v1}, Lorg/apkscan/test/ms/CountHandler;-><init>(Landroid/os/Looper;)V
    iput-object v0, p0, Lorg/apkscan/test/ms/Open;->handler:Lorg/apkscan/test/ms/CountHandler;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6
    iget-object v0, p0, Lorg/apkscan/test/ms/Open;->handler:Lorg/apkscan/test/ms/CountHandler;
    const/4 v1, 0x2
    invoke-virtual {v0, v1, p2}, Landroid/os/Handler;->obtainMessage(ILjava/lang/Object;)Landroid/os/Message;
    move-result-object v1
    const/4 v2, 0x7
    iput v2, v1, Landroid/os/Message;->arg1:I
    invoke-virtual {v0, v1}, Landroid/os/Handler;->sendMessage(Landroid/os/Message;)Z
    return-void
.end method
