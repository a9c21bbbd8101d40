.class public Lorg/apkscan/test/sp/Loose;
.super Landroid/webkit/WebViewClient;

# Counts page loads at a stats host and an analytics SDK whatever the
# mode: bypasses.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    new-instance v0, Lorg/apkscan/test/sp/CountSend;
    invoke-direct {v0, p2}, Lorg/apkscan/test/sp/CountSend;-><init>(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/sp/Posts;->always(Ljava/lang/Runnable;)V
    new-instance v0, Lorg/apkscan/test/sp/CountNow;
    invoke-direct {v0, p2}, Lorg/apkscan/test/sp/CountNow;-><init>(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/sp/Posts;->runNow(Ljava/lang/Runnable;)V
    return-void
.end method
