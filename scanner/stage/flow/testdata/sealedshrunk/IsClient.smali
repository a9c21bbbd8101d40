.class public Lorg/apkscan/test/ss/IsClient;
.super Landroid/webkit/WebViewClient;

# Tracks unless Policy.quiet().

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 8
    invoke-static {}, Lorg/apkscan/test/ss/Policy;->quiet()Z
    move-result v0
    if-nez v0, :done
    invoke-static {}, Lcom/xiaomi/onetrack/OneTrack;->getInstance()Lcom/xiaomi/onetrack/OneTrack;
    move-result-object v1
    const-string v2, "page"
    new-instance v3, Ljava/util/HashMap;
    invoke-direct {v3}, Ljava/util/HashMap;-><init>()V
    const-string v4, "url"
    invoke-virtual {v3, v4, p2}, Ljava/util/HashMap;->put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;
    invoke-virtual {v1, v2, v3}, Lcom/xiaomi/onetrack/OneTrack;->track(Ljava/lang/String;Ljava/util/Map;)V
    :done
    return-void
.end method
