.class public Lorg/apkscan/test/ts/Main;
.super Landroid/app/Activity;

# The device id given to four tracker SDKs, each set up with its
# server's address in a different way: Sensors Analytics with one
# constant (its host is named), Matomo by a static factory (named too),
# Countly with two addresses (which one a build uses is not followed:
# none), Amplitude with a constant one and one read from a field (which
# the code does not show: none).

.field server:Ljava/lang/String;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-direct {p0}, Lorg/apkscan/test/ts/Main;->setUp()V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/ts/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    invoke-static {p0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance(Landroid/content/Context;)Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    invoke-virtual {v1, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->login(Ljava/lang/String;)V
    sget-object v1, Lorg/apkscan/test/ts/Main;->matomo:Lorg/matomo/sdk/Tracker;
    invoke-virtual {v1, v0}, Lorg/matomo/sdk/Tracker;->setUserId(Ljava/lang/String;)Lorg/matomo/sdk/Tracker;
    invoke-static {}, Lly/count/android/sdk/Countly;->sharedInstance()Lly/count/android/sdk/Countly;
    move-result-object v1
    invoke-virtual {v1, v0}, Lly/count/android/sdk/Countly;->recordEvent(Ljava/lang/String;)V
    invoke-static {}, Lcom/amplitude/api/Amplitude;->getInstance()Lcom/amplitude/api/AmplitudeClient;
    move-result-object v1
    invoke-virtual {v1, v0}, Lcom/amplitude/api/AmplitudeClient;->setUserId(Ljava/lang/String;)Lcom/amplitude/api/AmplitudeClient;
    return-void
.end method

.field static matomo:Lorg/matomo/sdk/Tracker;

.method private setUp()V
    .registers 5
    new-instance v0, Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;
    const-string v1, "https://t.example.org/sa?project=p"
    invoke-direct {v0, v1}, Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;-><init>(Ljava/lang/String;)V
    invoke-static {p0, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->startWithConfigOptions(Landroid/content/Context;Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;)V

    const-string v0, "https://m.example.org/matomo.php"
    const/4 v1, 0x1
    invoke-static {v0, v1}, Lorg/matomo/sdk/TrackerBuilder;->createDefault(Ljava/lang/String;I)Lorg/matomo/sdk/TrackerBuilder;

    new-instance v0, Lly/count/android/sdk/CountlyConfig;
    const-string v1, "key"
    const-string v2, "https://c1.example.org"
    invoke-direct {v0, p0, v1, v2}, Lly/count/android/sdk/CountlyConfig;-><init>(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    new-instance v0, Lly/count/android/sdk/CountlyConfig;
    const-string v2, "https://c2.example.org"
    invoke-direct {v0, p0, v1, v2}, Lly/count/android/sdk/CountlyConfig;-><init>(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V

    invoke-static {}, Lcom/amplitude/api/Amplitude;->getInstance()Lcom/amplitude/api/AmplitudeClient;
    move-result-object v0
    const-string v1, "https://a.example.org"
    invoke-virtual {v0, v1}, Lcom/amplitude/api/AmplitudeClient;->setServerUrl(Ljava/lang/String;)V
    iget-object v1, p0, Lorg/apkscan/test/ts/Main;->server:Ljava/lang/String;
    invoke-virtual {v0, v1}, Lcom/amplitude/api/AmplitudeClient;->setServerUrl(Ljava/lang/String;)V
    return-void
.end method
