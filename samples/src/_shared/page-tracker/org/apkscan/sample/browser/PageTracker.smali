.class public final Lorg/apkscan/sample/browser/PageTracker;
.super Ljava/lang/Object;
.source "PageTracker.java"

# PageTracker sends a visited URL to the Sensors-shaped tracker:
# JSONObject{url} -> SensorsDataAPI.sharedInstance().track("PageVisited", props).

.method public static track(Ljava/lang/String;)V
    .registers 4
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p0}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    const-string v2, "PageVisited"
    invoke-virtual {v1, v2, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    return-void
.end method
