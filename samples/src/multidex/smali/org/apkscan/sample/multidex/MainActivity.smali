.class public Lorg/apkscan/sample/multidex/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

# onCreate calls into classes2.dex (FeatureTwo) and classes3.dex (ExtraThree),
# so cross-dex references resolve only when all dex files are read.
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-static {}, Lorg/apkscan/sample/multidex/feature/FeatureTwo;->describe()Ljava/lang/String;
    move-result-object v0
    invoke-static {v0}, Lorg/apkscan/sample/multidex/Util;->log(Ljava/lang/String;)V
    new-instance v1, Lorg/apkscan/sample/multidex/extra/ExtraThree;
    invoke-direct {v1}, Lorg/apkscan/sample/multidex/extra/ExtraThree;-><init>()V
    invoke-virtual {v1}, Lorg/apkscan/sample/multidex/extra/ExtraThree;->run()V
    return-void
.end method
