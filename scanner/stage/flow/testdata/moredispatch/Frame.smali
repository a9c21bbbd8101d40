.class final Lorg/apkscan/test/md/Frame;
.super Ljava/lang/Object;
.implements Landroid/view/Choreographer$FrameCallback;

.field final id:Ljava/lang/String;

.method constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/md/Frame;->id:Ljava/lang/String;
    return-void
.end method

.method public doFrame(J)V
    .registers 5
    const-string v0, "md"
    iget-object v1, p0, Lorg/apkscan/test/md/Frame;->id:Ljava/lang/String;
    invoke-static {v0, v1}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
