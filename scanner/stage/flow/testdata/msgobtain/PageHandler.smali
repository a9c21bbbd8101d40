.class public Lorg/apkscan/test/mo/PageHandler;
.super Landroid/os/Handler;

# Tracks the page a message carries, unless it was sent in incognito mode.

.method public constructor <init>(Landroid/os/Looper;)V
    .registers 2
    invoke-direct {p0, p1}, Landroid/os/Handler;-><init>(Landroid/os/Looper;)V
    return-void
.end method

.method public handleMessage(Landroid/os/Message;)V
    .registers 6
    iget v0, p1, Landroid/os/Message;->arg1:I
    const/4 v1, 0x1
    if-eq v0, v1, :skip
    iget-object v3, p1, Landroid/os/Message;->obj:Ljava/lang/Object;
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, v3}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    const-string v2, "page"
    invoke-virtual {v1, v2, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    :skip
    return-void
.end method
