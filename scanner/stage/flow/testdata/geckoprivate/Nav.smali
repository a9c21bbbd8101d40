.class public Lorg/apkscan/test/gp/Nav;
.super Ljava/lang/Object;
.implements Lorg/mozilla/geckoview/GeckoSession$NavigationDelegate;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onLocationChange(Lorg/mozilla/geckoview/GeckoSession;Ljava/lang/String;)V
    .registers 4
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v0
    invoke-virtual {v0, p2}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen(Ljava/lang/String;)V
    return-void
.end method
