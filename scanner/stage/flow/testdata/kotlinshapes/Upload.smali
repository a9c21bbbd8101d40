.class public Lorg/apkscan/test/ks/Upload;
.super Landroidx/work/Worker;

# Logs the id its input data holds.

.method public constructor <init>(Landroid/content/Context;Landroidx/work/WorkerParameters;)V
    .registers 3
    invoke-direct {p0, p1, p2}, Landroidx/work/Worker;-><init>(Landroid/content/Context;Landroidx/work/WorkerParameters;)V
    return-void
.end method

.method public doWork()Landroidx/work/ListenableWorker$Result;
    .registers 3
    invoke-virtual {p0}, Landroidx/work/Worker;->getInputData()Landroidx/work/Data;
    move-result-object v0
    const-string v1, "id"
    invoke-virtual {v0, v1}, Landroidx/work/Data;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "ks"
    invoke-static {v1, v0}, Landroid/util/Log;->v(Ljava/lang/String;Ljava/lang/String;)I
    const/4 v0, 0x0
    return-object v0
.end method
