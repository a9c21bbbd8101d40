.class public Lorg/apkscan/test/ui/c;
.super Landroid/webkit/WebViewClient;

.field final a:Lorg/apkscan/test/ui/b;

.method public constructor <init>(Lorg/apkscan/test/ui/b;)V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ui/c;->a:Lorg/apkscan/test/ui/b;
    return-void
.end method

# Tracks the page only outside the private tab; the "safety check" that
# follows sends every page's URL, in the private tab too.
.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6
    iget-object v0, p0, Lorg/apkscan/test/ui/c;->a:Lorg/apkscan/test/ui/b;
    iget-boolean v0, v0, Lorg/apkscan/test/ui/b;->a:Z
    if-nez v0, :skip
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p2}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    const-string v2, "page"
    invoke-virtual {v1, v2, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    :skip
    new-instance v0, Ljava/lang/StringBuilder;
    const-string v1, "https://check.example.com/?u="
    invoke-direct {v0, v1}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0, p2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    move-result-object v0
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    return-void
.end method

# Reports each visit through the kept getter: also guarded.
.method public doUpdateVisitedHistory(Landroid/webkit/WebView;Ljava/lang/String;Z)V
    .registers 5
    iget-object v0, p0, Lorg/apkscan/test/ui/c;->a:Lorg/apkscan/test/ui/b;
    invoke-virtual {v0}, Lorg/apkscan/test/ui/b;->b()Z
    move-result v0
    if-nez v0, :done
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v0
    invoke-virtual {v0, p2}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen(Ljava/lang/String;)V
    :done
    return-void
.end method
