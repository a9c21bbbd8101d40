.class public Lorg/apkscan/test/wp/Checked;
.super Landroidx/work/Worker;

# Sends the URL its input Data holds, unless the Data says incognito.

.method public constructor <init>(Landroid/content/Context;Landroidx/work/WorkerParameters;)V
    .registers 3
    invoke-direct {p0, p1, p2}, Landroidx/work/Worker;-><init>(Landroid/content/Context;Landroidx/work/WorkerParameters;)V
    return-void
.end method

.method public doWork()Landroidx/work/ListenableWorker$Result;
    .registers 6
    invoke-virtual {p0}, Lorg/apkscan/test/wp/Checked;->getInputData()Landroidx/work/Data;
    move-result-object v0
    const-string v1, "incognito"
    const/4 v2, 0x0
    invoke-virtual {v0, v1, v2}, Landroidx/work/Data;->getBoolean(Ljava/lang/String;Z)Z
    move-result v1
    if-eqz v1, :send
    invoke-static {}, Landroidx/work/ListenableWorker$Result;->success()Landroidx/work/ListenableWorker$Result;
    move-result-object v0
    return-object v0
    :send
    const-string v1, "url"
    invoke-virtual {v0, v1}, Landroidx/work/Data;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    invoke-static {}, Lcom/xiaomi/onetrack/OneTrack;->getInstance()Lcom/xiaomi/onetrack/OneTrack;
    move-result-object v1
    const-string v2, "page"
    new-instance v3, Ljava/util/HashMap;
    invoke-direct {v3}, Ljava/util/HashMap;-><init>()V
    const-string v4, "url"
    invoke-virtual {v3, v4, v0}, Ljava/util/HashMap;->put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;
    invoke-virtual {v1, v2, v3}, Lcom/xiaomi/onetrack/OneTrack;->track(Ljava/lang/String;Ljava/util/Map;)V
    invoke-static {}, Landroidx/work/ListenableWorker$Result;->success()Landroidx/work/ListenableWorker$Result;
    move-result-object v0
    return-object v0
.end method
