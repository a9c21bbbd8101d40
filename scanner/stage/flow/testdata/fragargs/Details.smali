.class public Lorg/apkscan/test/fa/Details;
.super Landroid/app/Fragment;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Fragment;-><init>()V
    return-void
.end method

.method public static newInstance(Ljava/lang/String;)Lorg/apkscan/test/fa/Details;
    .registers 4
    new-instance v0, Lorg/apkscan/test/fa/Details;
    invoke-direct {v0}, Lorg/apkscan/test/fa/Details;-><init>()V
    new-instance v1, Landroid/os/Bundle;
    invoke-direct {v1}, Landroid/os/Bundle;-><init>()V
    const-string v2, "id"
    invoke-virtual {v1, v2, p0}, Landroid/os/Bundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    invoke-virtual {v0, v1}, Lorg/apkscan/test/fa/Details;->setArguments(Landroid/os/Bundle;)V
    return-object v0
.end method

# Asked through the framework's class, as a shrinker rebinds the call:
# on this, so its own arguments.
.method public onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Fragment;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Landroid/app/Fragment;->getArguments()Landroid/os/Bundle;
    move-result-object v0
    const-string v1, "id"
    invoke-virtual {v0, v1}, Landroid/os/Bundle;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "details"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
