.class public Lorg/apkscan/sample/webcore/WebViewClient;
.super Ljava/lang/Object;
.source "WebViewClient.java"

# A web engine's WebViewClient: the engine, loaded at run time, calls these.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onPageStarted(Lorg/apkscan/sample/webcore/WebView;Ljava/lang/String;Landroid/graphics/Bitmap;)V
    .registers 4
    return-void
.end method

.method public onPageFinished(Lorg/apkscan/sample/webcore/WebView;Ljava/lang/String;)V
    .registers 3
    return-void
.end method
