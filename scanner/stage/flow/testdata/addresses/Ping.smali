.class final Lorg/apkscan/test/ad/Ping;
.super Ljava/lang/Object;
.implements Ljava/lang/Runnable;

# A worker's Runnable: fetches the address it was made with.

.field private final target:Ljava/lang/String;

.method constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ad/Ping;->target:Ljava/lang/String;
    return-void
.end method

.method public run()V
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/ad/Ping;->target:Ljava/lang/String;
    invoke-static {v0}, Lorg/apkscan/test/ad/Send;->fetch(Ljava/lang/String;)V
    return-void
.end method
