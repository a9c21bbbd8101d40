.class public Lorg/apkscan/test/ms/Reader;
.super Landroid/webkit/WebViewClient;

# Tracks unless the mode is READER, so in incognito mode too (the ordinal of READER is 2).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 8
    sget-object v1, Lorg/apkscan/test/ms/App;->mode:Lorg/apkscan/test/ms/Mode;
    invoke-virtual {v1}, Lorg/apkscan/test/ms/Mode;->ordinal()I
    move-result v0
    packed-switch v0, :cases
    :track
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p2}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    const-string v2, "Reader"
    invoke-virtual {v1, v2, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    :done
    return-void
    :cases
    .packed-switch 0x2
        :done
    .end packed-switch
.end method
