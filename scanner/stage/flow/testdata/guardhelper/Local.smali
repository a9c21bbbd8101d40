.class public Lorg/apkscan/test/gh/Local;
.super Landroid/webkit/WebViewClient;

# boolean ok = !App.incognito; if (ok) track: javac's branches, then a test of ok.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 8
    sget-boolean v0, Lorg/apkscan/test/gh/App;->incognito:Z
    if-nez v0, :no
    const/4 v1, 1
    :test
    if-eqz v1, :done
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v2
    invoke-virtual {v2, p2}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->login(Ljava/lang/String;)V
    :done
    return-void
    :no
    const/4 v1, 0
    goto :test
.end method
