.class public Lorg/apkscan/test/ms/Shrunk;
.super Landroid/webkit/WebViewClient;

# A shrinker's switch on the ordinal: NORMAL (0) tracks, every other mode returns.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 8
    sget-object v1, Lorg/apkscan/test/ms/App;->mode:Lorg/apkscan/test/ms/Mode;
    invoke-virtual {v1}, Lorg/apkscan/test/ms/Mode;->ordinal()I
    move-result v0
    sparse-switch v0, :cases
    return-void
    :normal
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p2}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    const-string v2, "Shrunk"
    new-instance v3, Lcom/xiaomi/stat/MiStatParams;
    invoke-direct {v3}, Lcom/xiaomi/stat/MiStatParams;-><init>()V
    const-string v4, "url"
    invoke-virtual {v3, v4, p2}, Lcom/xiaomi/stat/MiStatParams;->putString(Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {v2, v3}, Lcom/xiaomi/stat/MiStat;->trackEvent(Ljava/lang/String;Lcom/xiaomi/stat/MiStatParams;)V
    return-void
    :cases
    .sparse-switch
        0x0 -> :normal
    .end sparse-switch
.end method
