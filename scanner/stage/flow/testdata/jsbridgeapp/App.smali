.class public Lorg/apkscan/test/ja/App;
.super Landroid/app/Activity;

# A hybrid app (no incognito mode) whose page reports through a bridge:
# Bridge's @JavascriptInterface method and the script value Result is
# given go to analytics.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ja/Bridge;
    invoke-direct {v1}, Lorg/apkscan/test/ja/Bridge;-><init>()V
    const-string v2, "bridge"
    invoke-virtual {v0, v1, v2}, Landroid/webkit/WebView;->addJavascriptInterface(Ljava/lang/Object;Ljava/lang/String;)V
    const-string v1, "location.href"
    new-instance v2, Lorg/apkscan/test/ja/Result;
    invoke-direct {v2}, Lorg/apkscan/test/ja/Result;-><init>()V
    invoke-virtual {v0, v1, v2}, Landroid/webkit/WebView;->evaluateJavascript(Ljava/lang/String;Landroid/webkit/ValueCallback;)V
    return-void
.end method
