.class public Lo/c;
.super Landroid/webkit/WebViewClient;

.field final a:Lo/b;

.method public constructor <init>(Lo/b;)V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lo/c;->a:Lo/b;
    return-void
.end method

# Tracks outside the private mode only; the check that follows sends every
# page.
.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6
    iget-object v0, p0, Lo/c;->a:Lo/b;
    iget-object v0, v0, Lo/b;->a:Lo/m;
    sget-object v1, Lo/m;->b:Lo/m;
    if-eq v0, v1, :skip
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v0
    invoke-virtual {v0, p2}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen(Ljava/lang/String;)V
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
