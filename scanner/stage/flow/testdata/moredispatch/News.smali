.class public Lorg/apkscan/test/md/News;
.super Ljava/util/Observable;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/util/Observable;-><init>()V
    return-void
.end method

.method public publish(Ljava/lang/Object;)V
    .registers 2
    invoke-virtual {p0}, Lorg/apkscan/test/md/News;->setChanged()V
    invoke-virtual {p0, p1}, Lorg/apkscan/test/md/News;->notifyObservers(Ljava/lang/Object;)V
    return-void
.end method
