.class public Lorg/apkscan/test/rxbus/Reporter;
.super Ljava/lang/Object;
.implements Lio/reactivex/functions/Consumer;

# Logs the id of each event it is given.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public accept(Ljava/lang/Object;)V
    .registers 4
    check-cast p1, Lorg/apkscan/test/rxbus/IdEvent;
    iget-object v0, p1, Lorg/apkscan/test/rxbus/IdEvent;->id:Ljava/lang/String;
    const-string v1, "bus"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
