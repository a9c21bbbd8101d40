.class public Lorg/apkscan/test/ag/ViewPosted;
.super Landroid/webkit/WebViewClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 7
    new-instance v1, Lorg/apkscan/test/ag/ViewPostedSend;
    invoke-direct {v1, p2}, Lorg/apkscan/test/ag/ViewPostedSend;-><init>(Ljava/lang/String;)V
    sget-boolean v0, Lorg/apkscan/test/ag/App;->incognito:Z
    if-eqz v0, :post
    return-void
    :post
    invoke-virtual {p1, v1}, Landroid/webkit/WebView;->post(Ljava/lang/Runnable;)Z
    return-void
.end method
