.class public Lorg/apkscan/sample/webcore/WebView;
.super Landroid/widget/FrameLayout;
.source "WebView.java"

# A web engine's WebView as apps ship it: a thin view that forwards to the
# engine loaded at run time (the static field engine, set by code outside
# the app).

.field public static engine:Lorg/apkscan/sample/webcore/Engine;

.field private client:Lorg/apkscan/sample/webcore/WebViewClient;

.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0, p1}, Landroid/widget/FrameLayout;-><init>(Landroid/content/Context;)V
    return-void
.end method

.method public setWebViewClient(Lorg/apkscan/sample/webcore/WebViewClient;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/sample/webcore/WebView;->client:Lorg/apkscan/sample/webcore/WebViewClient;
    return-void
.end method

.method public loadUrl(Ljava/lang/String;)V
    .registers 3
    sget-object v0, Lorg/apkscan/sample/webcore/WebView;->engine:Lorg/apkscan/sample/webcore/Engine;
    invoke-interface {v0, p1}, Lorg/apkscan/sample/webcore/Engine;->load(Ljava/lang/String;)V
    return-void
.end method

.method public getTitle()Ljava/lang/String;
    .registers 2
    sget-object v0, Lorg/apkscan/sample/webcore/WebView;->engine:Lorg/apkscan/sample/webcore/Engine;
    invoke-interface {v0}, Lorg/apkscan/sample/webcore/Engine;->title()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method
