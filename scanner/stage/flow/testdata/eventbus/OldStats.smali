.class public Lorg/apkscan/test/bus/OldStats;
.super Ljava/lang/Object;

# EventBus 2 subscribers are public methods named onEvent...: the bus runs
# onEventBackgroundThread for an IdEvent. onEventMainThread takes another
# event type, and neither onIdEvent nor the private onEventAsync is a
# subscriber: none of them gets the IdEvent.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onEventBackgroundThread(Lorg/apkscan/test/bus/IdEvent;)V
    .registers 4
    iget-object v0, p1, Lorg/apkscan/test/bus/IdEvent;->id:Ljava/lang/String;
    const-string v1, "stats"
    invoke-static {v1, v0}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method public onEventMainThread(Lorg/apkscan/test/bus/OtherEvent;)V
    .registers 4
    iget-object v0, p1, Lorg/apkscan/test/bus/OtherEvent;->id:Ljava/lang/String;
    const-string v1, "stats"
    invoke-static {v1, v0}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method public onIdEvent(Lorg/apkscan/test/bus/IdEvent;)V
    .registers 4
    iget-object v0, p1, Lorg/apkscan/test/bus/IdEvent;->id:Ljava/lang/String;
    const-string v1, "stats"
    invoke-static {v1, v0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method private onEventAsync(Lorg/apkscan/test/bus/IdEvent;)V
    .registers 4
    iget-object v0, p1, Lorg/apkscan/test/bus/IdEvent;->id:Ljava/lang/String;
    const-string v1, "stats"
    invoke-static {v1, v0}, Landroid/util/Log;->v(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
