.class public Lorg/apkscan/test/md/Job;
.super Landroid/app/job/JobService;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/job/JobService;-><init>()V
    return-void
.end method

.method public onStartJob(Landroid/app/job/JobParameters;)Z
    .registers 4
    invoke-virtual {p1}, Landroid/app/job/JobParameters;->getExtras()Landroid/os/PersistableBundle;
    move-result-object v0
    const-string v1, "id"
    invoke-virtual {v0, v1}, Landroid/os/PersistableBundle;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "md"
    invoke-static {v1, v0}, Landroid/util/Log;->v(Ljava/lang/String;Ljava/lang/String;)I
    const/4 v0, 0x0
    return v0
.end method

.method public onStopJob(Landroid/app/job/JobParameters;)Z
    .registers 3
    const/4 v0, 0x0
    return v0
.end method
