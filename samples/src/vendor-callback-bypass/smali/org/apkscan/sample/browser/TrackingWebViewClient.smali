.class public Lorg/apkscan/sample/browser/TrackingWebViewClient;
.super Landroid/webkit/WebViewClient;
.source "TrackingWebViewClient.java"

# onPageVisited(WebView, String) is not in the Android SDK: a vendor's
# WebView build calls it; nothing in the app does. BUG ON PURPOSE: it tracks the URL without checking BrowserSettings.isIncognito().
# onPageFinished only saves history (which checks incognito).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 3
    invoke-super {p0, p1, p2}, Landroid/webkit/WebViewClient;->onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    invoke-static {p2}, Lorg/apkscan/sample/browser/HistoryStore;->saveVisit(Ljava/lang/String;)V
    return-void
.end method

.method public onPageVisited(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    invoke-static {p2}, Lorg/apkscan/sample/browser/PageTracker;->track(Ljava/lang/String;)V
    return-void
.end method
