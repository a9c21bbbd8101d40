.class public Lorg/apkscan/test/hc/Open;
.super Landroid/webkit/WebViewClient;

# Sends every page to a Handler made here with an Upload callback.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6
    new-instance v0, Landroid/os/Handler;
    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;
    move-result-object v1
    new-instance v2, Lorg/apkscan/test/hc/Upload;
    invoke-direct {v2}, Lorg/apkscan/test/hc/Upload;-><init>()V
    invoke-direct {v0, v1, v2}, Landroid/os/Handler;-><init>(Landroid/os/Looper;Landroid/os/Handler$Callback;)V
    invoke-static {}, Landroid/os/Message;->obtain()Landroid/os/Message;
    move-result-object v1
    iput-object p2, v1, Landroid/os/Message;->obj:Ljava/lang/Object;
    invoke-virtual {v0, v1}, Landroid/os/Handler;->sendMessage(Landroid/os/Message;)Z
    return-void
.end method
