.class public final Lorg/apkscan/sample/browser/Reporter;
.super Ljava/lang/Object;
.source "Reporter.java"

# Reporter returns before tracking when incognito mode is on.

.method public static report(Ljava/lang/String;)V
    .registers 5
    invoke-static {}, Lorg/apkscan/sample/browser/BrowserSettings;->isIncognito()Z
    move-result v0
    if-eqz v0, :track
    return-void
    :track
    new-instance v1, Lorg/json/JSONObject;
    invoke-direct {v1}, Lorg/json/JSONObject;-><init>()V
    const-string v2, "url"
    invoke-virtual {v1, v2, p0}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v2
    const-string v3, "BrowserPageFinished"
    invoke-virtual {v2, v3, v1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    return-void
.end method
