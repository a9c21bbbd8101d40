.class public final synthetic Lorg/apkscan/test/fe/Pair;
.super Ljava/lang/Object;
.implements Ljava/util/function/BiConsumer;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public final accept(Ljava/lang/Object;Ljava/lang/Object;)V
    .registers 4
    check-cast p2, Ljava/lang/String;
    const-string v0, "Pair"
    invoke-static {v0, p2}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
