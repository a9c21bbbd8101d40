.class final Lorg/apkscan/test/sa/DynProps;
.super Ljava/lang/Object;
.implements Lcom/sensorsdata/analytics/android/sdk/SensorsDataDynamicSuperProperties;

# Properties Sensors Analytics asks for before each event: the Android ID.

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public getDynamicSuperProperties()Lorg/json/JSONObject;
    .registers 4
    sget-object v0, Lorg/apkscan/test/sa/Main;->resolver:Landroid/content/ContentResolver;
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Lorg/json/JSONObject;
    invoke-direct {v1}, Lorg/json/JSONObject;-><init>()V
    const-string v2, "did"
    invoke-virtual {v1, v2, v0}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    return-object v1
.end method
