.class public final Lcom/example/fox/PageObserver;
.super Ljava/lang/Object;
.implements Lmozilla/components/concept/engine/EngineSession$Observer;

# The browser's own code: every location goes to Sensors Analytics, the
# tab's private mode unasked.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onLocationChange(Ljava/lang/String;Z)V
    .registers 4
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v0
    invoke-virtual {v0, p1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen(Ljava/lang/String;)V
    return-void
.end method
