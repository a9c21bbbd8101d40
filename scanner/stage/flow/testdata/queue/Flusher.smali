.class final Lorg/apkscan/test/queue/Flusher;
.super Ljava/lang/Object;
.implements Ljava/lang/Runnable;

.field final synthetic this$0:Lorg/apkscan/test/queue/Tracker;

.method constructor <init>(Lorg/apkscan/test/queue/Tracker;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/queue/Flusher;->this$0:Lorg/apkscan/test/queue/Tracker;
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public run()V
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/queue/Flusher;->this$0:Lorg/apkscan/test/queue/Tracker;
    invoke-virtual {v0}, Lorg/apkscan/test/queue/Tracker;->flush()V
    return-void
.end method
