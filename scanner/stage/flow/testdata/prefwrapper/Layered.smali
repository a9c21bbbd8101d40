.class public Lorg/apkscan/test/pw/Layered;
.super Landroid/webkit/WebViewClient;

# Tracks unless new Settings(context).isOn("private_browsing"), a helper over the helper.

.field private final context:Landroid/content/Context;

.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/pw/Layered;->context:Landroid/content/Context;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 8
    iget-object v0, p0, Lorg/apkscan/test/pw/Layered;->context:Landroid/content/Context;
    new-instance v1, Lorg/apkscan/test/pw/Settings;
    invoke-direct {v1, v0}, Lorg/apkscan/test/pw/Settings;-><init>(Landroid/content/Context;)V
    const-string v2, "private_browsing"
    invoke-virtual {v1, v2}, Lorg/apkscan/test/pw/Settings;->isOn(Ljava/lang/String;)Z
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
