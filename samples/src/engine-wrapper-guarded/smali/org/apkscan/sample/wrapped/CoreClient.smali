.class public final Lorg/apkscan/sample/wrapped/CoreClient;
.super Lorg/apkscan/sample/webcore/WebViewClient;
.source "CoreClient.java"

# The engine calls onPageStarted with the URL and onPageFinished; the client
# tracks the URL and the page title only outside incognito mode.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lorg/apkscan/sample/webcore/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageStarted(Lorg/apkscan/sample/webcore/WebView;Ljava/lang/String;Landroid/graphics/Bitmap;)V
    .registers 5
    invoke-static {}, Lorg/apkscan/sample/wrapped/MainActivity;->isIncognito()Z
    move-result v0
    if-nez v0, :done
    invoke-static {p2}, Lorg/apkscan/sample/browser/PageTracker;->track(Ljava/lang/String;)V
    :done
    return-void
.end method

.method public onPageFinished(Lorg/apkscan/sample/webcore/WebView;Ljava/lang/String;)V
    .registers 4
    invoke-static {}, Lorg/apkscan/sample/wrapped/MainActivity;->isIncognito()Z
    move-result v0
    if-nez v0, :done
    invoke-virtual {p1}, Lorg/apkscan/sample/webcore/WebView;->getTitle()Ljava/lang/String;
    move-result-object v0
    invoke-static {v0}, Lorg/apkscan/sample/browser/PageTracker;->track(Ljava/lang/String;)V
    :done
    return-void
.end method
