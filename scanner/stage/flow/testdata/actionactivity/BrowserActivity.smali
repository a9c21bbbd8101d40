.class public Lorg/apkscan/test/aa/BrowserActivity;
.super Landroid/app/Activity;
.implements Lorg/apkscan/test/aa/Controller;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lorg/apkscan/test/aa/Tab;
    invoke-direct {v0, p0, p0}, Lorg/apkscan/test/aa/Tab;-><init>(Landroid/content/Context;Lorg/apkscan/test/aa/Controller;)V
    return-void
.end method

# The normal browser tracks every page: never in incognito mode, which is
# ShadowActivity's.
.method public onPage(Ljava/lang/String;)V
    .registers 5
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p1}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    const-string v2, "page"
    invoke-virtual {v1, v2, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    return-void
.end method
