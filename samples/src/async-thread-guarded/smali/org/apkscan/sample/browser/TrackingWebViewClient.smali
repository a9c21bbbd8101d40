.class public Lorg/apkscan/sample/browser/TrackingWebViewClient;
.super Landroid/webkit/WebViewClient;
.source "TrackingWebViewClient.java"

# onPageFinished hands the URL to a new Thread running a Runnable. It first returns when BrowserSettings.isIncognito().

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 5
    invoke-super {p0, p1, p2}, Landroid/webkit/WebViewClient;->onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    invoke-static {p2}, Lorg/apkscan/sample/browser/HistoryStore;->saveVisit(Ljava/lang/String;)V
    invoke-static {}, Lorg/apkscan/sample/browser/BrowserSettings;->isIncognito()Z
    move-result v0
    if-nez v0, :skip

    new-instance v0, Ljava/lang/Thread;
    new-instance v1, Lorg/apkscan/sample/browser/Uploader;
    invoke-direct {v1, p2}, Lorg/apkscan/sample/browser/Uploader;-><init>(Ljava/lang/String;)V
    invoke-direct {v0, v1}, Ljava/lang/Thread;-><init>(Ljava/lang/Runnable;)V
    invoke-virtual {v0}, Ljava/lang/Thread;->start()V
    :skip
    return-void
.end method
