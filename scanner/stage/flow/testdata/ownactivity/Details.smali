.class public Lorg/apkscan/test/oa/Details;
.super Lorg/apkscan/test/oa/Base;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lorg/apkscan/test/oa/Base;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Lorg/apkscan/test/oa/Details;->getIntent()Landroid/content/Intent;
    move-result-object v0
    const-string v1, "id"
    invoke-virtual {v0, v1}, Landroid/content/Intent;->getStringExtra(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "details"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

# The id read where the base class, not this class, asks for the intent.
.method protected onResume()V
    .registers 3
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    invoke-virtual {p0}, Lorg/apkscan/test/oa/Details;->startedWith()Ljava/lang/String;
    move-result-object v0
    const-string v1, "details"
    invoke-static {v1, v0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

# Started again while it runs, it is given the intent.
.method protected onNewIntent(Landroid/content/Intent;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onNewIntent(Landroid/content/Intent;)V
    const-string v0, "id"
    invoke-virtual {p1, v0}, Landroid/content/Intent;->getStringExtra(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "details"
    invoke-static {v1, v0}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
