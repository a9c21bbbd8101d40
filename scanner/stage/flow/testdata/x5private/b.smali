.class public Lorg/apkscan/test/x5/b;
.super Lcom/tencent/smtt/sdk/WebViewClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lcom/tencent/smtt/sdk/WebViewClient;-><init>()V
    return-void
.end method

# Every page, private or not.
.method public onPageFinished(Lcom/tencent/smtt/sdk/WebView;Ljava/lang/String;)V
    .registers 5
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v0
    invoke-virtual {v0, p2}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen(Ljava/lang/String;)V
    return-void
.end method
