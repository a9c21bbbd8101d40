.class public Lorg/apkscan/test/onetrack/Main;
.super Landroid/app/Fragment;
.source "Main.java"

# onStart reports the IMEI to Xiaomi's OneTrack, Xiaomi Analytics and MiStat
# 3 (the SDKs are referenced, not bundled here).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Fragment;-><init>()V
    return-void
.end method

.method public onStart()V
    .registers 5
    invoke-super {p0}, Landroid/app/Fragment;->onStart()V
    invoke-virtual {p0}, Lorg/apkscan/test/onetrack/Main;->getActivity()Landroid/app/Activity;
    move-result-object v0
    const-string v1, "phone"
    invoke-virtual {v0, v1}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Landroid/telephony/TelephonyManager;
    invoke-virtual {v1}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    new-instance v2, Ljava/util/HashMap;
    invoke-direct {v2}, Ljava/util/HashMap;-><init>()V
    const-string v3, "imei"
    invoke-virtual {v2, v3, v1}, Ljava/util/HashMap;->put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;
    invoke-static {v0}, Lcom/xiaomi/onetrack/OneTrack;->getInstance(Landroid/content/Context;)Lcom/xiaomi/onetrack/OneTrack;
    move-result-object v3
    const-string v4, "start"
    invoke-virtual {v3, v4, v2}, Lcom/xiaomi/onetrack/OneTrack;->track(Ljava/lang/String;Ljava/util/Map;)V
    invoke-static {}, Lcom/xiaomi/analytics/Actions;->newCustomAction()Lcom/xiaomi/analytics/CustomAction;
    move-result-object v2
    const-string v3, "imei"
    invoke-virtual {v2, v3, v1}, Lcom/xiaomi/analytics/Action;->addParam(Ljava/lang/String;Ljava/lang/String;)Lcom/xiaomi/analytics/Action;
    move-result-object v2
    invoke-static {v0}, Lcom/xiaomi/analytics/Analytics;->getInstance(Landroid/content/Context;)Lcom/xiaomi/analytics/Analytics;
    move-result-object v3
    const-string v4, "key"
    invoke-virtual {v3, v4}, Lcom/xiaomi/analytics/Analytics;->getTracker(Ljava/lang/String;)Lcom/xiaomi/analytics/Tracker;
    move-result-object v3
    invoke-virtual {v3, v2}, Lcom/xiaomi/analytics/Tracker;->track(Lcom/xiaomi/analytics/Action;)V
    new-instance v2, Lcom/xiaomi/stat/MiStatParams;
    invoke-direct {v2}, Lcom/xiaomi/stat/MiStatParams;-><init>()V
    const-string v3, "imei"
    invoke-virtual {v2, v3, v1}, Lcom/xiaomi/stat/MiStatParams;->putString(Ljava/lang/String;Ljava/lang/String;)V
    const-string v3, "start"
    invoke-static {v3, v2}, Lcom/xiaomi/stat/MiStat;->trackEvent(Ljava/lang/String;Lcom/xiaomi/stat/MiStatParams;)V
    return-void
.end method
