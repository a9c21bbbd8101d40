.class public Lorg/apkscan/test/eb/Client;
.super Landroid/webkit/WebViewClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 5
    sget-boolean v0, Lorg/apkscan/test/eb/App;->incognito:Z
    if-eqz v0, :normal
    sget-object v0, Lorg/apkscan/test/eb/Mode;->PRIVATE:Lorg/apkscan/test/eb/Mode;
    goto :report
    :normal
    sget-object v0, Lorg/apkscan/test/eb/Mode;->NORMAL:Lorg/apkscan/test/eb/Mode;
    :report
    invoke-virtual {p1}, Landroid/webkit/WebView;->getContext()Landroid/content/Context;
    move-result-object v1
    invoke-virtual {v0, v1, p2}, Lorg/apkscan/test/eb/Mode;->report(Landroid/content/Context;Ljava/lang/String;)V
    return-void
.end method
