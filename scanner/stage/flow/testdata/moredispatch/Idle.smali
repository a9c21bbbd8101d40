.class final Lorg/apkscan/test/md/Idle;
.super Ljava/lang/Object;
.implements Landroid/os/MessageQueue$IdleHandler;

.field final id:Ljava/lang/String;

.method constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/md/Idle;->id:Ljava/lang/String;
    return-void
.end method

.method public queueIdle()Z
    .registers 3
    const-string v0, "md"
    iget-object v1, p0, Lorg/apkscan/test/md/Idle;->id:Ljava/lang/String;
    invoke-static {v0, v1}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    const/4 v0, 0x0
    return v0
.end method
