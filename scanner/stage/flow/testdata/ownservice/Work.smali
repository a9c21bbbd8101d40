.class public Lorg/apkscan/test/svc/Work;
.super Landroidx/core/app/JobIntentService;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroidx/core/app/JobIntentService;-><init>()V
    return-void
.end method

.method protected onHandleWork(Landroid/content/Intent;)V
    .registers 4
    const-string v0, "u"
    invoke-virtual {p1, v0}, Landroid/content/Intent;->getStringExtra(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "page"
    invoke-static {v1, v0}, Lcom/xiaomi/stat/MiStat;->trackEvent(Ljava/lang/String;Ljava/lang/String;)V
    return-void
.end method
