.class public final Lorg/apkscan/sample/bounds/Sink;
.super Ljava/lang/Object;
.source "Sink.java"

# send logs what it is given.

.method public static send(Ljava/lang/String;)V
    .registers 2
    const-string v0, "bounds"
    invoke-static {v0, p0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
