.class public Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
.super Ljava/lang/Object;
.source "SensorsDataAPI.java"

# SDK-shaped stand-in written for apkscan samples; not Sensors Analytics code.
# Events are only logged, never sent.

.field private static sInstance:Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;

.field private mServerUrl:Ljava/lang/String;
.field private mDistinctId:Ljava/lang/String;
.field private mLoginId:Ljava/lang/String;

.method private constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->mServerUrl:Ljava/lang/String;
    return-void
.end method

.method public static startWithConfigOptions(Landroid/content/Context;Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;)V
    .registers 4
    new-instance v0, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    iget-object v1, p1, Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;->mServerUrl:Ljava/lang/String;
    invoke-direct {v0, v1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;-><init>(Ljava/lang/String;)V
    sput-object v0, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sInstance:Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    return-void
.end method

.method public static sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    .registers 2
    sget-object v0, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sInstance:Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    if-nez v0, :ready
    new-instance v0, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    const/4 v1, 0x0
    invoke-direct {v0, v1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;-><init>(Ljava/lang/String;)V
    sput-object v0, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sInstance:Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    :ready
    return-object v0
.end method

.method public track(Ljava/lang/String;Lorg/json/JSONObject;)V
    .registers 6
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "event"
    invoke-virtual {v0, v1, p1}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    const-string v1, "properties"
    invoke-virtual {v0, v1, p2}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    const-string v1, "distinct_id"
    iget-object v2, p0, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->mDistinctId:Ljava/lang/String;
    invoke-virtual {v0, v1, v2}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    const-string v1, "SA.SensorsDataAPI"
    invoke-virtual {v0}, Lorg/json/JSONObject;->toString()Ljava/lang/String;
    move-result-object v2
    invoke-static {v1, v2}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method public trackViewScreen(Ljava/lang/String;Lorg/json/JSONObject;)V
    .registers 5
    if-nez p2, :have
    new-instance p2, Lorg/json/JSONObject;
    invoke-direct {p2}, Lorg/json/JSONObject;-><init>()V
    :have
    const-string v0, "$url"
    invoke-virtual {p2, v0, p1}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    const-string v1, "$AppViewScreen"
    invoke-virtual {p0, v1, p2}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    return-void
.end method

.method public login(Ljava/lang/String;)V
    .registers 4
    iput-object p1, p0, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->mLoginId:Ljava/lang/String;
    const-string v0, "$SignUp"
    const/4 v1, 0x0
    invoke-virtual {p0, v0, v1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    return-void
.end method

.method public identify(Ljava/lang/String;)V
    .registers 2
    iput-object p1, p0, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->mDistinctId:Ljava/lang/String;
    return-void
.end method
