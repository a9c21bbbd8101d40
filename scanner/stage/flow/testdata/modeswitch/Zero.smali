.class public Lorg/apkscan/test/ms/Zero;
.super Landroid/webkit/WebViewClient;

# Logs the user in with the page only while the ordinal is NORMAL's (0).

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
    if-nez v0, :done
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    invoke-virtual {v1, p2}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->login(Ljava/lang/String;)V
    :done
    return-void
.end method
