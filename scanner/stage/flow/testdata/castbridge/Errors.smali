.class public final Lorg/apkscan/test/cb/Errors;
.super Ljava/lang/Object;
.implements Lorg/apkscan/test/cb/Sink;

# An error consumer as a generic interface's erased bridge makes it: what
# it is given must be a Throwable, whose message it logs.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public synthetic bridge accept(Ljava/lang/Object;)V
    .registers 2
    check-cast p1, Ljava/lang/Throwable;
    invoke-virtual {p0, p1}, Lorg/apkscan/test/cb/Errors;->accept(Ljava/lang/Throwable;)V
    return-void
.end method

.method public accept(Ljava/lang/Throwable;)V
    .registers 4
    invoke-virtual {p1}, Ljava/lang/Throwable;->getMessage()Ljava/lang/String;
    move-result-object v0
    const-string v1, "error"
    invoke-static {v1, v0}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
