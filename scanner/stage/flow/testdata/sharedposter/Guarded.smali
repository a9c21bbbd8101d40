.class public Lorg/apkscan/test/sp/Guarded;
.super Landroid/webkit/WebViewClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    new-instance v0, Lorg/apkscan/test/sp/PageSend;
    invoke-direct {v0, p2}, Lorg/apkscan/test/sp/PageSend;-><init>(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/sp/Stats;->post(Ljava/lang/Runnable;)V
    new-instance v0, Lorg/apkscan/test/sp/PageEvent;
    invoke-direct {v0, p2}, Lorg/apkscan/test/sp/PageEvent;-><init>(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/sp/Stats;->now(Ljava/lang/Runnable;)V
    return-void
.end method
