.class final Lorg/apkscan/test/st/Reporter;
.super Ljava/lang/Object;
.implements Ljava/lang/Runnable;

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public run()V
    .registers 5
    invoke-static {}, Lorg/apkscan/test/st/TabManager;->getInstance()Lorg/apkscan/test/st/TabManager;
    move-result-object v0
    invoke-virtual {v0}, Lorg/apkscan/test/st/TabManager;->getCurrentTab()Lorg/apkscan/test/st/Tab;
    move-result-object v0
    invoke-virtual {v0}, Lorg/apkscan/test/st/Tab;->getUrl()Ljava/lang/String;
    move-result-object v3
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, v3}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    const-string v2, "dwell"
    invoke-virtual {v1, v2, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    return-void
.end method
