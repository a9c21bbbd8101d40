.class public abstract Lorg/apkscan/test/oa/Base;
.super Landroid/app/Activity;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

# The id any of its subclasses was started with.
.method protected startedWith()Ljava/lang/String;
    .registers 3
    invoke-virtual {p0}, Lorg/apkscan/test/oa/Base;->getIntent()Landroid/content/Intent;
    move-result-object v0
    const-string v1, "id"
    invoke-virtual {v0, v1}, Landroid/content/Intent;->getStringExtra(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method
