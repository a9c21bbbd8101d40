.class public final Lorg/apkscan/sample/multidex/extra/ExtraThree;
.super Ljava/lang/Object;
.source "ExtraThree.java"

# Lives in classes3.dex and calls back into classes.dex.
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public run()V
    .registers 2
    const-string v0, "multidex-three"
    invoke-static {v0}, Lorg/apkscan/sample/multidex/Util;->log(Ljava/lang/String;)V
    return-void
.end method
