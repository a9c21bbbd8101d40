.class public Lcom/example/fox/Main;
.super Landroid/app/Activity;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

# The engine calls its session observers; here the activity stands in.
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lcom/example/fox/PageObserver;
    invoke-direct {v0}, Lcom/example/fox/PageObserver;-><init>()V
    const-string v1, "about:blank"
    const/4 v2, 0x0
    invoke-interface {v0, v1, v2}, Lmozilla/components/concept/engine/EngineSession$Observer;->onLocationChange(Ljava/lang/String;Z)V
    return-void
.end method

# A tab's content: its URL goes out only where the tab is not private.
.method public report(Lmozilla/components/browser/state/state/ContentState;)V
    .registers 4
    invoke-virtual {p1}, Lmozilla/components/browser/state/state/ContentState;->getPrivate()Z
    move-result v0
    if-nez v0, :done
    invoke-virtual {p1}, Lmozilla/components/browser/state/state/ContentState;->getUrl()Ljava/lang/String;
    move-result-object v0
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    invoke-virtual {v1, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->login(Ljava/lang/String;)V
    :done
    return-void
.end method

.method protected onResume()V
    .registers 4
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    new-instance v0, Lmozilla/components/browser/state/state/ContentState;
    const-string v1, "about:blank"
    const/4 v2, 0x1
    invoke-direct {v0, v1, v2}, Lmozilla/components/browser/state/state/ContentState;-><init>(Ljava/lang/String;Z)V
    invoke-virtual {p0, v0}, Lcom/example/fox/Main;->report(Lmozilla/components/browser/state/state/ContentState;)V
    return-void
.end method
