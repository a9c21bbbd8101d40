.class public Lorg/apkscan/test/hc/Injected;
.super Landroid/webkit/WebViewClient;

# The Handler it is given, which its maker made with an Upload as its
# callback, sends every page on.

.field private handler:Landroid/os/Handler;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public setHandler(Landroid/os/Handler;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/hc/Injected;->handler:Landroid/os/Handler;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6

    iget-object v0, p0, Lorg/apkscan/test/hc/Injected;->handler:Landroid/os/Handler;
    const/4 v1, 0x1
    invoke-virtual {v0, v1, p2}, Landroid/os/Handler;->obtainMessage(ILjava/lang/Object;)Landroid/os/Message;
    move-result-object v1
    const-wide/16 v2, 0x64
    invoke-virtual {v0, v1, v2, v3}, Landroid/os/Handler;->sendMessageDelayed(Landroid/os/Message;J)Z
    :skip
    return-void
.end method
