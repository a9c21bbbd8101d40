.class public Lorg/apkscan/test/live/IdObserver;
.super Ljava/lang/Object;
.implements Landroidx/lifecycle/Observer;

# Logs each id it is given.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onChanged(Ljava/lang/Object;)V
    .registers 4
    check-cast p1, Ljava/lang/String;
    const-string v0, "ids"
    invoke-static {v0, p1}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
