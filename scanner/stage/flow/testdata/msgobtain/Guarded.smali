.class public Lorg/apkscan/test/mo/Guarded;
.super Landroid/webkit/WebViewClient;

# Sends every page to its handler in a message obtained with the mode as
# its arg1.

.field private final handler:Lorg/apkscan/test/mo/PageHandler;

.method public constructor <init>()V
    .registers 3
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    new-instance v0, Lorg/apkscan/test/mo/PageHandler;
    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;
    move-result-object v1
    invoke-direct {v0, v1}, Lorg/apkscan/test/mo/PageHandler;-><init>(Landroid/os/Looper;)V
    iput-object v0, p0, Lorg/apkscan/test/mo/Guarded;->handler:Lorg/apkscan/test/mo/PageHandler;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 8
    iget-object v0, p0, Lorg/apkscan/test/mo/Guarded;->handler:Lorg/apkscan/test/mo/PageHandler;
    invoke-static {}, Lorg/apkscan/test/mo/App;->isIncognito()Z
    move-result v2
    if-eqz v2, :normal
    const/4 v2, 0x1
    goto :set
    :normal
    const/4 v2, 0x0
    :set
    const/4 v1, 0x1
    const/4 v3, 0x0
    invoke-static {v0, v1, v2, v3, p2}, Landroid/os/Message;->obtain(Landroid/os/Handler;IIILjava/lang/Object;)Landroid/os/Message;
    move-result-object v1
    invoke-virtual {v0, v1}, Landroid/os/Handler;->sendMessage(Landroid/os/Message;)Z
    return-void
.end method

# The same through the handler's obtainMessage, sent by the message.
.method public doUpdateVisitedHistory(Landroid/webkit/WebView;Ljava/lang/String;Z)V
    .registers 8
    iget-object v0, p0, Lorg/apkscan/test/mo/Guarded;->handler:Lorg/apkscan/test/mo/PageHandler;
    invoke-static {}, Lorg/apkscan/test/mo/App;->isIncognito()Z
    move-result v2
    if-eqz v2, :normal
    const/4 v2, 0x1
    goto :set
    :normal
    const/4 v2, 0x0
    :set
    const/4 v1, 0x1
    const/4 v3, 0x0
    invoke-virtual {v0, v1, v2, v3, p2}, Landroid/os/Handler;->obtainMessage(IIILjava/lang/Object;)Landroid/os/Message;
    move-result-object v1
    invoke-virtual {v1}, Landroid/os/Message;->sendToTarget()V
    return-void
.end method
