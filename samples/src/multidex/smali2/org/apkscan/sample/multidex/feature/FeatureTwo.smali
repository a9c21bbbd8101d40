.class public final Lorg/apkscan/sample/multidex/feature/FeatureTwo;
.super Ljava/lang/Object;
.source "FeatureTwo.java"

# Lives in classes2.dex.
.method public static describe()Ljava/lang/String;
    .registers 1
    const-string v0, "multidex-two: https://two.multidex.apkscan.invalid/ping"
    return-object v0
.end method
