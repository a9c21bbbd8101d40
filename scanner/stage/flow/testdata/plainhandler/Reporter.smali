.class public Lorg/apkscan/test/ph/Reporter;
.super Landroid/os/Handler;

# Logs what each message carries.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/os/Handler;-><init>()V
    return-void
.end method

.method public handleMessage(Landroid/os/Message;)V
    .registers 4
    iget-object v0, p1, Landroid/os/Message;->obj:Ljava/lang/Object;
    invoke-virtual {v0}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v0
    const-string v1, "ph"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
