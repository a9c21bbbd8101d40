.class public Lorg/apkscan/test/im/Fullscreen;
.super Landroid/webkit/WebViewClient;

# if ((frame.mFlags & FLAG_FULLSCREEN) != 0) return; track(url): another
# bit, no guard.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 7
    sget-object v0, Lorg/apkscan/test/im/Frame;->current:Lorg/apkscan/test/im/Frame;
    iget v3, v0, Lorg/apkscan/test/im/Frame;->mFlags:I
    and-int/lit8 v3, v3, 0x1
    if-nez v3, :skip
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p2}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    const-string v2, "Fullscreen"
    invoke-virtual {v1, v2, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    :skip
    return-void
.end method
