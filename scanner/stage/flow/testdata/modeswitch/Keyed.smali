.class public Lorg/apkscan/test/ms/Keyed;
.super Landroid/webkit/WebViewClient;

# Tracks the page's screen unless the switch map's value is INCOGNITO's key (2).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 8
    sget-object v0, Lorg/apkscan/test/ms/Guarded$1;->$SwitchMap$org$apkscan$test$ms$Mode:[I
    sget-object v1, Lorg/apkscan/test/ms/App;->mode:Lorg/apkscan/test/ms/Mode;
    invoke-virtual {v1}, Lorg/apkscan/test/ms/Mode;->ordinal()I
    move-result v1
    aget v0, v0, v1
    const/4 v1, 2
    if-eq v0, v1, :done
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    invoke-virtual {v1, p2, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen(Ljava/lang/String;Lorg/json/JSONObject;)V
    :done
    return-void
.end method
