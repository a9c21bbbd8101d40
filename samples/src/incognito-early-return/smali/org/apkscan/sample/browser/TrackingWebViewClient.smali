.class public Lorg/apkscan/sample/browser/TrackingWebViewClient;
.super Landroid/webkit/WebViewClient;
.source "TrackingWebViewClient.java"

# onPageFinished always calls Reporter.report(url); Reporter returns early
# when BrowserSettings.isIncognito() is true.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 3
    invoke-static {p2}, Lorg/apkscan/sample/browser/HistoryStore;->saveVisit(Ljava/lang/String;)V
    invoke-static {p2}, Lorg/apkscan/sample/browser/Reporter;->report(Ljava/lang/String;)V
    return-void
.end method
