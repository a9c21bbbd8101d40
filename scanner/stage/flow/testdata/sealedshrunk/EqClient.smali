.class public Lorg/apkscan/test/ss/EqClient;
.super Landroid/webkit/WebViewClient;

# Tracks unless Policy.same().

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 8
    invoke-static {}, Lorg/apkscan/test/ss/Policy;->same()Z
    move-result v0
    if-nez v0, :done
    const-string v2, "page"
    new-instance v3, Lcom/xiaomi/stat/MiStatParams;
    invoke-direct {v3}, Lcom/xiaomi/stat/MiStatParams;-><init>()V
    const-string v4, "url"
    invoke-virtual {v3, v4, p2}, Lcom/xiaomi/stat/MiStatParams;->putString(Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {v2, v3}, Lcom/xiaomi/stat/MiStat;->trackEvent(Ljava/lang/String;Lcom/xiaomi/stat/MiStatParams;)V
    :done
    return-void
.end method
