.class public Lorg/apkscan/test/jb/App;
.super Landroid/app/Activity;

# A browser's page scripts hand it data: Bridge's @JavascriptInterface
# method tracks what it is given whatever the mode, Guarded's not in
# incognito mode; the value of a script Result is given tracks too.

.field public static incognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public static isIncognito()Z
    .registers 1
    sget-boolean v0, Lorg/apkscan/test/jb/App;->incognito:Z
    return v0
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/jb/Bridge;
    invoke-direct {v1}, Lorg/apkscan/test/jb/Bridge;-><init>()V
    const-string v2, "bridge"
    invoke-virtual {v0, v1, v2}, Landroid/webkit/WebView;->addJavascriptInterface(Ljava/lang/Object;Ljava/lang/String;)V
    new-instance v1, Lorg/apkscan/test/jb/Guarded;
    invoke-direct {v1}, Lorg/apkscan/test/jb/Guarded;-><init>()V
    const-string v2, "guarded"
    invoke-virtual {v0, v1, v2}, Landroid/webkit/WebView;->addJavascriptInterface(Ljava/lang/Object;Ljava/lang/String;)V
    const-string v1, "location.href"
    new-instance v2, Lorg/apkscan/test/jb/Result;
    invoke-direct {v2}, Lorg/apkscan/test/jb/Result;-><init>()V
    invoke-virtual {v0, v1, v2}, Landroid/webkit/WebView;->evaluateJavascript(Ljava/lang/String;Landroid/webkit/ValueCallback;)V
    return-void
.end method
