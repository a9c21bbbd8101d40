.class public Lorg/apkscan/test/mo/Open;
.super Landroid/webkit/WebViewClient;

# Sends every page to its handler, which tracks it whatever the mode.

.field private final handler:Lorg/apkscan/test/mo/CountHandler;

.method public constructor <init>()V
    .registers 3
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    new-instance v0, Lorg/apkscan/test/mo/CountHandler;
    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;
    move-result-object v1
    invoke-direct {v0, v1}, Lorg/apkscan/test/mo/CountHandler;-><init>(Landroid/os/Looper;)V
    iput-object v0, p0, Lorg/apkscan/test/mo/Open;->handler:Lorg/apkscan/test/mo/CountHandler;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 8
    iget-object v0, p0, Lorg/apkscan/test/mo/Open;->handler:Lorg/apkscan/test/mo/CountHandler;
    const/4 v1, 0x2
    const/4 v2, 0x7
    const/4 v3, 0x0
    invoke-static {v0, v1, v2, v3, p2}, Landroid/os/Message;->obtain(Landroid/os/Handler;IIILjava/lang/Object;)Landroid/os/Message;
    move-result-object v1
    invoke-virtual {v0, v1}, Landroid/os/Handler;->sendMessage(Landroid/os/Message;)Z
    return-void
.end method
