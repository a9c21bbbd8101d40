.class final Lorg/apkscan/test/md/Print;
.super Ljava/lang/Object;
.implements Ljava/util/function/Consumer;

# Logs what the future it is given to completes with.

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public accept(Ljava/lang/Object;)V
    .registers 4
    const-string v0, "md"
    check-cast p1, Ljava/lang/String;
    invoke-static {v0, p1}, Landroid/util/Log;->wtf(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
