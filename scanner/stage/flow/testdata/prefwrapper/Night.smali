.class public Lorg/apkscan/test/pw/Night;
.super Landroid/webkit/WebViewClient;

# Tracks unless the night mode setting is on: no incognito test, a bypass.

.field private final context:Landroid/content/Context;

.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/pw/Night;->context:Landroid/content/Context;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 8
    iget-object v0, p0, Lorg/apkscan/test/pw/Night;->context:Landroid/content/Context;
    const-string v1, "night_mode"
    const/4 v2, 0
    invoke-static {v0, v1, v2}, Lorg/apkscan/test/pw/Prefs;->getBool(Landroid/content/Context;Ljava/lang/String;Z)Z
    move-result v0
    if-nez v0, :done
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p2}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    const-string v2, "page"
    invoke-virtual {v1, v2, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    :done
    return-void
.end method
