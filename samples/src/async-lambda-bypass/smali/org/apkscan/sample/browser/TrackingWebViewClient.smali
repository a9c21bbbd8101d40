.class public Lorg/apkscan/sample/browser/TrackingWebViewClient;
.super Landroid/webkit/WebViewClient;
.source "TrackingWebViewClient.java"

# onPageFinished hands the URL to a lambda posted with View.post. BUG ON PURPOSE: it never checks BrowserSettings.isIncognito().

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 5
    invoke-super {p0, p1, p2}, Landroid/webkit/WebViewClient;->onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    invoke-static {p2}, Lorg/apkscan/sample/browser/HistoryStore;->saveVisit(Ljava/lang/String;)V

    new-instance v0, Lorg/apkscan/sample/browser/TrackingWebViewClient$$ExternalSyntheticLambda0;
    invoke-direct {v0, p2}, Lorg/apkscan/sample/browser/TrackingWebViewClient$$ExternalSyntheticLambda0;-><init>(Ljava/lang/String;)V
    invoke-virtual {p1, v0}, Landroid/webkit/WebView;->post(Ljava/lang/Runnable;)Z
    return-void
.end method

.method static synthetic lambda$onPageFinished$0(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/browser/PageTracker;->track(Ljava/lang/String;)V
    return-void
.end method
