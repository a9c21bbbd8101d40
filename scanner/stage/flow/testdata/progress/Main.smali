.class public Lorg/apkscan/test/pg/Main;
.super Landroid/app/Activity;

# Runs Task, which publishes the IMEI as its progress.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lorg/apkscan/test/pg/Task;
    invoke-direct {v0, p0}, Lorg/apkscan/test/pg/Task;-><init>(Landroid/content/Context;)V
    const/4 v1, 0
    new-array v1, v1, [Ljava/lang/Object;
    invoke-virtual {v0, v1}, Landroid/os/AsyncTask;->execute([Ljava/lang/Object;)Landroid/os/AsyncTask;
    return-void
.end method
