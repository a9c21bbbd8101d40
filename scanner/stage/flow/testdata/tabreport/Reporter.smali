.class public final Lorg/apkscan/test/tr/Reporter;
.super Ljava/lang/Object;

# Sends a tab's URL to a Sensors-shaped tracker.

.method public static loaded(Lorg/apkscan/test/tr/Tab;)V
    .registers 5
    invoke-virtual {p0}, Lorg/apkscan/test/tr/Tab;->getUrl()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Lorg/json/JSONObject;
    invoke-direct {v1}, Lorg/json/JSONObject;-><init>()V
    const-string v2, "url"
    invoke-virtual {v1, v2, v0}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v2
    const-string v3, "PageLoaded"
    invoke-virtual {v2, v3, v1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    return-void
.end method

.method public static self(Lorg/apkscan/test/tr/Self;)V
    .registers 5
    invoke-virtual {p0}, Lorg/apkscan/test/tr/Self;->getUrl()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Lorg/json/JSONObject;
    invoke-direct {v1}, Lorg/json/JSONObject;-><init>()V
    const-string v2, "url"
    invoke-virtual {v1, v2, v0}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v2
    const-string v3, "PageLoaded"
    invoke-virtual {v2, v3, v1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    return-void
.end method
