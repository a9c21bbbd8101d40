.class public Lorg/apkscan/test/message/Logger;
.super Landroid/os/Handler;

# Logs the obj of each message.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/os/Handler;-><init>()V
    return-void
.end method

.method public handleMessage(Landroid/os/Message;)V
    .registers 4
    iget-object v0, p1, Landroid/os/Message;->obj:Ljava/lang/Object;
    invoke-static {v0}, Ljava/lang/String;->valueOf(Ljava/lang/Object;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "msg"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
