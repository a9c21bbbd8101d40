.class public Lorg/apkscan/test/th/Check;
.super Ljava/lang/Object;

# Throws what it is given, or a constant.

.method public static id(Ljava/lang/String;)V
    .registers 2
    new-instance v0, Ljava/lang/RuntimeException;
    invoke-direct {v0, p0}, Ljava/lang/RuntimeException;-><init>(Ljava/lang/String;)V
    throw v0
.end method

.method public static keep(Ljava/lang/String;)V
    .registers 2
    new-instance v0, Lorg/apkscan/test/th/Failure;
    invoke-direct {v0, p0}, Lorg/apkscan/test/th/Failure;-><init>(Ljava/lang/String;)V
    throw v0
.end method

.method public static fail()V
    .registers 2
    new-instance v0, Ljava/lang/IllegalStateException;
    const-string v1, "failed"
    invoke-direct {v0, v1}, Ljava/lang/IllegalStateException;-><init>(Ljava/lang/String;)V
    throw v0
.end method
