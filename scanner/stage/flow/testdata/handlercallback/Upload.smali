.class public Lorg/apkscan/test/hc/Upload;
.super Ljava/lang/Object;
.implements Landroid/os/Handler$Callback;

# Tracks the page a message carries.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
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
    const-string v2, "Upload"
    invoke-virtual {v1, v2, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    const/4 v0, 0x1
    return v0
.end method
