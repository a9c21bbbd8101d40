.class public Lorg/apkscan/test/so/Main;
.super Landroid/app/Activity;

# The Android ID put into a bundled SDK's event object, chained (its
# result sent) and not (the object sent after): the object holds it.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Landroid/app/Activity;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0

    new-instance v1, Lcom/umeng/analytics/UserEvent;
    invoke-direct {v1}, Lcom/umeng/analytics/UserEvent;-><init>()V
    const-string v2, "did"
    invoke-virtual {v1, v2, v0}, Lcom/umeng/analytics/UserEvent;->put(Ljava/lang/String;Ljava/lang/Object;)Lcom/umeng/analytics/UserEvent;
    invoke-virtual {v1}, Lcom/umeng/analytics/UserEvent;->toMap()Ljava/util/Map;
    move-result-object v1
    const-string v2, "open"
    invoke-static {p0, v2, v1}, Lcom/umeng/analytics/MobclickAgent;->onEventObject(Landroid/content/Context;Ljava/lang/String;Ljava/util/Map;)V

    new-instance v1, Lcom/umeng/analytics/UserEvent;
    invoke-direct {v1}, Lcom/umeng/analytics/UserEvent;-><init>()V
    const-string v2, "did"
    invoke-virtual {v1, v2, v0}, Lcom/umeng/analytics/UserEvent;->put(Ljava/lang/String;Ljava/lang/Object;)Lcom/umeng/analytics/UserEvent;
    move-result-object v1
    invoke-virtual {v1}, Lcom/umeng/analytics/UserEvent;->toMap()Ljava/util/Map;
    move-result-object v1
    const-string v2, "close"
    invoke-static {p0, v2, v1}, Lcom/umeng/analytics/MobclickAgent;->onEventObject(Landroid/content/Context;Ljava/lang/String;Ljava/util/Map;)V
    return-void
.end method
