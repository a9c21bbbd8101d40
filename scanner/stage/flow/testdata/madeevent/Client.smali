.class public Lorg/apkscan/test/me/Client;
.super Landroid/webkit/WebViewClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    invoke-static {p2}, Lorg/apkscan/test/me/Event;->of(Ljava/lang/String;)Lorg/apkscan/test/me/Event;
    move-result-object v0
    invoke-static {v0}, Lorg/apkscan/test/me/Client;->send(Lorg/apkscan/test/me/Event;)V
    return-void
.end method

.method static send(Lorg/apkscan/test/me/Event;)V
    .registers 3
    iget-object v0, p0, Lorg/apkscan/test/me/Event;->value:Ljava/lang/String;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    invoke-virtual {v1, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen(Ljava/lang/String;)V
    return-void
.end method
