.class public Lorg/apkscan/test/ms/R8;
.super Landroid/webkit/WebViewClient;

# Guarded's switch through the switch map R8 leaves: the array put into
# its field first, then filled through the local.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 8
    sget-object v0, Lorg/apkscan/test/ms/R8$1;->$SwitchMap$org$apkscan$test$ms$Mode:[I
    sget-object v1, Lorg/apkscan/test/ms/App;->mode:Lorg/apkscan/test/ms/Mode;
    invoke-virtual {v1}, Lorg/apkscan/test/ms/Mode;->ordinal()I
    move-result v1
    aget v0, v0, v1
    packed-switch v0, :cases
    goto :done
    :normal
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p2}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/xiaomi/onetrack/OneTrack;->getInstance()Lcom/xiaomi/onetrack/OneTrack;
    move-result-object v1
    const-string v2, "R8"
    new-instance v3, Ljava/util/HashMap;
    invoke-direct {v3}, Ljava/util/HashMap;-><init>()V
    const-string v4, "url"
    invoke-virtual {v3, v4, p2}, Ljava/util/HashMap;->put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;
    invoke-virtual {v1, v2, v3}, Lcom/xiaomi/onetrack/OneTrack;->track(Ljava/lang/String;Ljava/util/Map;)V
    :done
    return-void
    :cases
    .packed-switch 0x1
        :normal
        :done
    .end packed-switch
.end method
