.class public Lorg/apkscan/sample/browser/TrackingWebViewClient;
.super Landroid/webkit/WebViewClient;
.source "TrackingWebViewClient.java"

# onPageFinished saves the visit (HistoryStore checks isIncognito(), so the
# app has an incognito mode), then returns when GhostMode.isGhostMode()
# before it tracks the URL: guarded, under a name only a user's rule names.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    invoke-super {p0, p1, p2}, Landroid/webkit/WebViewClient;->onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    invoke-static {p2}, Lorg/apkscan/sample/browser/HistoryStore;->saveVisit(Ljava/lang/String;)V
    invoke-static {}, Lorg/apkscan/sample/browser/GhostMode;->isGhostMode()Z
    move-result v0
    if-nez v0, :skip
    invoke-static {p2}, Lorg/apkscan/sample/browser/PageTracker;->track(Ljava/lang/String;)V
    :skip
    return-void
.end method
