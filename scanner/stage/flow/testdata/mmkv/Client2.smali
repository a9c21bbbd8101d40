.class public Lorg/apkscan/test/mmkv/Client2;
.super Landroid/webkit/WebViewClient;

# onPageFinished tracks the page unless the app's own preferences (a
# SharedPreferences) say private browsing is on.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6
    new-instance v0, Lorg/apkscan/test/mmkv/Settings;
    invoke-direct {v0}, Lorg/apkscan/test/mmkv/Settings;-><init>()V
    const-string v1, "private_browsing"
    const/4 v3, 0
    invoke-virtual {v0, v1, v3}, Lorg/apkscan/test/mmkv/Settings;->getBoolean(Ljava/lang/String;Z)Z
    move-result v0
    if-nez v0, :skip
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p2}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    const-string v3, "page2"
    invoke-virtual {v1, v3, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    :skip
    return-void
.end method
