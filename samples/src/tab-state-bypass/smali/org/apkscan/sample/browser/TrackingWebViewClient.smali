.class public Lorg/apkscan/sample/browser/TrackingWebViewClient;
.super Landroid/webkit/WebViewClient;
.source "TrackingWebViewClient.java"

# onPageStarted keeps the URL as its tab's state; onPageFinished saves
# history (which checks incognito) and tells the tab the page has loaded.

.field private final mTab:Lorg/apkscan/sample/browser/Tab;

.method public constructor <init>()V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    new-instance v0, Lorg/apkscan/sample/browser/Tab;
    invoke-direct {v0}, Lorg/apkscan/sample/browser/Tab;-><init>()V
    iput-object v0, p0, Lorg/apkscan/sample/browser/TrackingWebViewClient;->mTab:Lorg/apkscan/sample/browser/Tab;
    return-void
.end method

.method public onPageStarted(Landroid/webkit/WebView;Ljava/lang/String;Landroid/graphics/Bitmap;)V
    .registers 5
    iget-object v0, p0, Lorg/apkscan/sample/browser/TrackingWebViewClient;->mTab:Lorg/apkscan/sample/browser/Tab;
    invoke-virtual {v0, p2}, Lorg/apkscan/sample/browser/Tab;->setUrl(Ljava/lang/String;)V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    invoke-static {p2}, Lorg/apkscan/sample/browser/HistoryStore;->saveVisit(Ljava/lang/String;)V
    iget-object v0, p0, Lorg/apkscan/sample/browser/TrackingWebViewClient;->mTab:Lorg/apkscan/sample/browser/Tab;
    invoke-virtual {v0}, Lorg/apkscan/sample/browser/Tab;->onLoaded()V
    return-void
.end method
