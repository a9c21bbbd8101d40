.class public Lorg/apkscan/test/pw/Helped;
.super Landroid/webkit/WebViewClient;

# Tracks unless Prefs.getBool(context, "incognito_mode", false).

.field private final context:Landroid/content/Context;

.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/pw/Helped;->context:Landroid/content/Context;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 8
    iget-object v0, p0, Lorg/apkscan/test/pw/Helped;->context:Landroid/content/Context;
    const-string v1, "incognito_mode"
    const/4 v2, 0
    invoke-static {v0, v1, v2}, Lorg/apkscan/test/pw/Prefs;->getBool(Landroid/content/Context;Ljava/lang/String;Z)Z
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
