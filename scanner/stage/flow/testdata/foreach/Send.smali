.class public final synthetic Lorg/apkscan/test/fe/Send;
.super Ljava/lang/Object;
.implements Ljava/util/function/Consumer;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public final accept(Ljava/lang/Object;)V
    .registers 3
    check-cast p1, Ljava/lang/String;
    const-string v0, "Send"
    invoke-static {v0, p1}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
