.class public Lorg/apkscan/test/je/Checked;
.super Landroid/app/job/JobService;

# Skips pages its extras say were seen in incognito mode.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/job/JobService;-><init>()V
    return-void
.end method

.method public onStartJob(Landroid/app/job/JobParameters;)Z
    .registers 5
    invoke-virtual {p1}, Landroid/app/job/JobParameters;->getExtras()Landroid/os/PersistableBundle;
    move-result-object v0
    const-string v1, "incognito"
    invoke-virtual {v0, v1}, Landroid/os/PersistableBundle;->getInt(Ljava/lang/String;)I
    move-result v1
    const/4 v2, 0x1
    if-eq v1, v2, :skip
    const-string v1, "url"
    invoke-virtual {v0, v1}, Landroid/os/PersistableBundle;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Landroid/os/Bundle;
    invoke-direct {v1}, Landroid/os/Bundle;-><init>()V
    const-string v2, "url"
    invoke-virtual {v1, v2, v0}, Landroid/os/Bundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {p0}, Lcom/google/firebase/analytics/FirebaseAnalytics;->getInstance(Landroid/content/Context;)Lcom/google/firebase/analytics/FirebaseAnalytics;
    move-result-object v2
    const-string v3, "page"
    invoke-virtual {v2, v3, v1}, Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent(Ljava/lang/String;Landroid/os/Bundle;)V
    :skip
    const/4 v0, 0x0
    return v0
.end method

.method public onStopJob(Landroid/app/job/JobParameters;)Z
    .registers 2
    const/4 v0, 0x0
    return v0
.end method
