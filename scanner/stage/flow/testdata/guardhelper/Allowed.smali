.class public Lorg/apkscan/test/gh/Allowed;
.super Landroid/webkit/WebViewClient;

# Tracks when Policy.canTrack() allows it: never in incognito mode.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 8
    invoke-static {}, Lorg/apkscan/test/gh/Policy;->canTrack()Z
    move-result v0
    if-eqz v0, :done
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p2}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
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
