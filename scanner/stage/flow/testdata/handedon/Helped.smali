.class public Lorg/apkscan/test/ho/Helped;
.super Landroid/webkit/WebViewClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 5
    new-instance v1, Lorg/apkscan/test/ho/HelpedSend;
    invoke-direct {v1, p2}, Lorg/apkscan/test/ho/HelpedSend;-><init>(Ljava/lang/String;)V
    invoke-static {v1}, Lorg/apkscan/test/ho/Posts;->unlessIncognito(Ljava/lang/Runnable;)V
    return-void
.end method
