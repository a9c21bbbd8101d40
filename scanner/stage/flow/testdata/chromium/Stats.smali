.class public Lcom/example/browser/Stats;
.super Lorg/chromium/chrome/browser/tab/EmptyTabObserver;

# The browser's own code on top of Chromium: each finished page goes to
# Sensors Analytics, the tab's incognito state unasked; the title of the
# current tab only outside incognito mode.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lorg/chromium/chrome/browser/tab/EmptyTabObserver;-><init>()V
    return-void
.end method

.method public onPageLoadFinished(Lorg/chromium/chrome/browser/tab/Tab;Lorg/chromium/url/GURL;)V
    .registers 5
    invoke-virtual {p2}, Lorg/chromium/url/GURL;->getSpec()Ljava/lang/String;
    move-result-object v0
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    invoke-virtual {v1, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen(Ljava/lang/String;)V
    invoke-interface {p1}, Lorg/chromium/chrome/browser/tab/Tab;->isIncognito()Z
    move-result v0
    if-nez v0, :done
    invoke-interface {p1}, Lorg/chromium/chrome/browser/tab/Tab;->getUrl()Lorg/chromium/url/GURL;
    move-result-object v0
    invoke-virtual {v0}, Lorg/chromium/url/GURL;->getSpec()Ljava/lang/String;
    move-result-object v0
    const-string v2, "page"
    invoke-virtual {v1, v2}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;)V
    invoke-virtual {v1, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->login(Ljava/lang/String;)V
    :done
    return-void
.end method
