.class public Lorg/apkscan/test/im/Again;
.super Landroid/webkit/WebViewClient;

# The mode field tested twice, javac loading the constant again where the
# first test's branches join: if (tab.mode != MODE_PRIVATE) log(url);
# if (tab.mode == MODE_PRIVATE) return; track(url).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 7
    sget-object v0, Lorg/apkscan/test/im/Tab;->current:Lorg/apkscan/test/im/Tab;
    iget v3, v0, Lorg/apkscan/test/im/Tab;->mode:I
    const/4 v4, 0x2
    if-eq v3, v4, :track
    const-string v0, "history"
    invoke-static {v0, p2}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    :track
    const/4 v4, 0x2
    if-ne v3, v4, :send
    return-void
    :send
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p2}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    const-string v2, "Again"
    invoke-virtual {v1, v2, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    return-void
.end method
