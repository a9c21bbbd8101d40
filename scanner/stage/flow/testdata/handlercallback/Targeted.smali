.class public Lorg/apkscan/test/hc/Targeted;
.super Landroid/webkit/WebViewClient;
.implements Landroid/os/Handler$Callback;

# Its Handler, made with this as its callback in the constructor, sends every
# page on in a Message it makes, sent to its target.

.field private final handler:Landroid/os/Handler;

.method public constructor <init>()V
    .registers 3
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    new-instance v0, Landroid/os/Handler;
    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;
    move-result-object v1
    invoke-direct {v0, v1, p0}, Landroid/os/Handler;-><init>(Landroid/os/Looper;Landroid/os/Handler$Callback;)V
    iput-object v0, p0, Lorg/apkscan/test/hc/Targeted;->handler:Landroid/os/Handler;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6

    iget-object v0, p0, Lorg/apkscan/test/hc/Targeted;->handler:Landroid/os/Handler;
    const/4 v1, 0x1
    invoke-virtual {v0, v1, p2}, Landroid/os/Handler;->obtainMessage(ILjava/lang/Object;)Landroid/os/Message;
    move-result-object v1
    invoke-virtual {v1}, Landroid/os/Message;->sendToTarget()V
    :skip
    return-void
.end method

.method public handleMessage(Landroid/os/Message;)Z
    .registers 5
    iget-object v3, p1, Landroid/os/Message;->obj:Ljava/lang/Object;
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, v3}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    const-string v2, "Targeted"
    invoke-virtual {v1, v2, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    const/4 v0, 0x1
    return v0
.end method
