.class public Lorg/apkscan/sample/browser/TrackingWebViewClient;
.super Landroid/webkit/WebViewClient;
.source "TrackingWebViewClient.java"

# Guard in the caller: onPageFinished calls Reporter.report(url) only when
# BrowserSettings.isIncognito() is false; Reporter itself does not check.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    invoke-static {p2}, Lorg/apkscan/sample/browser/HistoryStore;->saveVisit(Ljava/lang/String;)V
    invoke-static {}, Lorg/apkscan/sample/browser/BrowserSettings;->isIncognito()Z
    move-result v0
    if-nez v0, :done
    invoke-static {p2}, Lorg/apkscan/sample/browser/Reporter;->report(Ljava/lang/String;)V
    :done
    return-void
.end method
