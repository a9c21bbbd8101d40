.class public Lorg/apkscan/test/sa/Main;
.super Landroid/app/Activity;

# The Android ID given to four SDK ingest APIs: Mixpanel's super
# properties (sent with every event), AppMetrica 6's reportEvent,
# Adjust's session partner parameters, and a Matomo event the
# TrackHelper builder sends with with(tracker), its receiver holding it;
# and the dynamic super properties Sensors Analytics asks it for.

.field static resolver:Landroid/content/ContentResolver;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 7
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Landroid/app/Activity;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    sput-object v0, Lorg/apkscan/test/sa/Main;->resolver:Landroid/content/ContentResolver;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    new-instance v2, Lorg/apkscan/test/sa/DynProps;
    invoke-direct {v2}, Lorg/apkscan/test/sa/DynProps;-><init>()V
    invoke-virtual {v1, v2}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->registerDynamicSuperProperties(Lcom/sensorsdata/analytics/android/sdk/SensorsDataDynamicSuperProperties;)V
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0

    new-instance v1, Lorg/json/JSONObject;
    invoke-direct {v1}, Lorg/json/JSONObject;-><init>()V
    const-string v2, "did"
    invoke-virtual {v1, v2, v0}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    const-string v2, "token"
    invoke-static {p0, v2}, Lcom/mixpanel/android/mpmetrics/MixpanelAPI;->getInstance(Landroid/content/Context;Ljava/lang/String;)Lcom/mixpanel/android/mpmetrics/MixpanelAPI;
    move-result-object v2
    invoke-virtual {v2, v1}, Lcom/mixpanel/android/mpmetrics/MixpanelAPI;->registerSuperPropertiesOnce(Lorg/json/JSONObject;)V

    new-instance v1, Ljava/util/HashMap;
    invoke-direct {v1}, Ljava/util/HashMap;-><init>()V
    const-string v2, "did"
    invoke-virtual {v1, v2, v0}, Ljava/util/HashMap;->put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;
    const-string v2, "open"
    invoke-static {v2, v1}, Lio/appmetrica/analytics/AppMetrica;->reportEvent(Ljava/lang/String;Ljava/util/Map;)V

    const-string v2, "did"
    invoke-static {v2, v0}, Lcom/adjust/sdk/Adjust;->addSessionPartnerParameter(Ljava/lang/String;Ljava/lang/String;)V

    invoke-static {}, Lorg/matomo/sdk/extra/TrackHelper;->track()Lorg/matomo/sdk/extra/TrackHelper;
    move-result-object v1
    const-string v2, "app"
    const-string v3, "open"
    invoke-virtual {v1, v2, v3}, Lorg/matomo/sdk/extra/TrackHelper;->event(Ljava/lang/String;Ljava/lang/String;)Lorg/matomo/sdk/extra/TrackHelper$EventBuilder;
    move-result-object v1
    invoke-virtual {v1, v0}, Lorg/matomo/sdk/extra/TrackHelper$EventBuilder;->name(Ljava/lang/String;)Lorg/matomo/sdk/extra/TrackHelper$EventBuilder;
    move-result-object v1
    invoke-static {}, Lorg/apkscan/test/sa/Main;->tracker()Lorg/matomo/sdk/Tracker;
    move-result-object v2
    invoke-virtual {v1, v2}, Lorg/matomo/sdk/extra/TrackHelper$EventBuilder;->with(Lorg/matomo/sdk/Tracker;)V
    return-void
.end method

.method static tracker()Lorg/matomo/sdk/Tracker;
    .registers 1
    const/4 v0, 0x0
    return-object v0
.end method
