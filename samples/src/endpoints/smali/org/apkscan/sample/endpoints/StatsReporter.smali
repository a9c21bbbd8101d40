.class public final Lorg/apkscan/sample/endpoints/StatsReporter;
.super Ljava/lang/Object;
.source "StatsReporter.java"

# StatsReporter posts to Xiaomi/MIUI-style analytics endpoints. Two URLs are
# const-string operands (string pool + call site); the mistat URL is only a
# static field's initial value (class_def static_values), never a const-string.

.field public static final MISTAT_URL:Ljava/lang/String; = "https://data.mistat.xiaomi.com/mistats/v2"

.method public static reportAll()V
    .registers 1
    const-string v0, "https://sa.api.intl.miui.com/sa?project=global_browser_apkscan"
    invoke-static {v0}, Lorg/apkscan/sample/endpoints/StatsReporter;->post(Ljava/lang/String;)V
    const-string v0, "https://tracking.miui.com/track/v4"
    invoke-static {v0}, Lorg/apkscan/sample/endpoints/StatsReporter;->post(Ljava/lang/String;)V
    sget-object v0, Lorg/apkscan/sample/endpoints/StatsReporter;->MISTAT_URL:Ljava/lang/String;
    invoke-static {v0}, Lorg/apkscan/sample/endpoints/StatsReporter;->post(Ljava/lang/String;)V
    return-void
.end method

.method private static post(Ljava/lang/String;)V
    .registers 3
    new-instance v0, Ljava/net/URL;
    invoke-direct {v0, p0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v0
    check-cast v0, Ljava/net/HttpURLConnection;
    const-string v1, "POST"
    invoke-virtual {v0, v1}, Ljava/net/HttpURLConnection;->setRequestMethod(Ljava/lang/String;)V
    invoke-virtual {v0}, Ljava/net/HttpURLConnection;->getResponseCode()I
    invoke-virtual {v0}, Ljava/net/HttpURLConnection;->disconnect()V
    return-void
.end method
