.class public final Lorg/apkscan/sample/multidex/Util;
.super Ljava/lang/Object;
.source "Util.java"

.method public static log(Ljava/lang/String;)V
    .registers 2
    const-string v0, "multidex-one"
    invoke-static {v0, p0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
