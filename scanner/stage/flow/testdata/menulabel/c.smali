.class public Lorg/apkscan/test/ml/c;
.super Landroid/webkit/WebViewClient;

.field final a:Lorg/apkscan/test/ml/a;

.method public constructor <init>(Lorg/apkscan/test/ml/a;)V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ml/c;->a:Lorg/apkscan/test/ml/a;
    return-void
.end method

# Sensors tracking outside the toggled mode, MiStat outside the private
# tab: no finding. Sensors' timer whenever the settings are closed, and
# the "safety check" always: bypasses.
.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 7
    iget-object v0, p0, Lorg/apkscan/test/ml/c;->a:Lorg/apkscan/test/ml/a;
    iget-boolean v1, v0, Lorg/apkscan/test/ml/a;->a:Z
    if-nez v1, :one
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    invoke-virtual {v1, p2}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen(Ljava/lang/String;)V
    :one
    iget-boolean v1, v0, Lorg/apkscan/test/ml/a;->p:Z
    if-nez v1, :two
    const-string v1, "page"
    invoke-static {v1, p2}, Lcom/xiaomi/stat/MiStat;->trackEvent(Ljava/lang/String;Ljava/lang/String;)V
    :two
    iget-boolean v1, v0, Lorg/apkscan/test/ml/a;->s:Z
    if-nez v1, :three
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    const-string v2, "page"
    invoke-virtual {v1, v2, p2}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackTimerEnd(Ljava/lang/String;Ljava/lang/String;)V
    :three
    new-instance v1, Ljava/lang/StringBuilder;
    const-string v2, "https://check.example.com/?u="
    invoke-direct {v1, v2}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1, p2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v1
    new-instance v2, Ljava/net/URL;
    invoke-direct {v2, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v2}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    return-void
.end method
