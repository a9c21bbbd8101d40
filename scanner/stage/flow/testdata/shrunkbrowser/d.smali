.class public Lo/d;
.super Ljava/lang/Object;
.implements Ljava/lang/Runnable;

.field final a:Landroid/content/Context;
.field final b:Ljava/lang/String;

.method public constructor <init>(Landroid/content/Context;Ljava/lang/String;)V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lo/d;->a:Landroid/content/Context;
    iput-object p2, p0, Lo/d;->b:Ljava/lang/String;
    return-void
.end method

.method public run()V
    .registers 7
    invoke-static {}, Lmiui/telephony/TelephonyManager;->getDefault()Lmiui/telephony/TelephonyManager;
    move-result-object v0
    const/4 v1, 0x0
    invoke-virtual {v0, v1}, Lmiui/telephony/TelephonyManager;->getImeiForSlot(I)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Lorg/json/JSONObject;
    invoke-direct {v1}, Lorg/json/JSONObject;-><init>()V
    const-string v2, "url"
    iget-object v3, p0, Lo/d;->b:Ljava/lang/String;
    invoke-virtual {v1, v2, v3}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    const-string v2, "imei"
    invoke-virtual {v1, v2, v0}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-virtual {v1}, Lorg/json/JSONObject;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/String;->getBytes()[B
    move-result-object v1
    const/4 v2, 0x2
    invoke-static {v1, v2}, Landroid/util/Base64;->encode([BI)[B
    move-result-object v1
    new-instance v2, Ljava/net/URL;
    const-string v3, "https://api.ad.example.com/log"
    invoke-direct {v2, v3}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v2}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v2
    check-cast v2, Ljava/net/HttpURLConnection;
    const/4 v3, 0x1
    invoke-virtual {v2, v3}, Ljava/net/HttpURLConnection;->setDoOutput(Z)V
    invoke-virtual {v2}, Ljava/net/HttpURLConnection;->getOutputStream()Ljava/io/OutputStream;
    move-result-object v3
    invoke-virtual {v3, v1}, Ljava/io/OutputStream;->write([B)V
    invoke-virtual {v3}, Ljava/io/OutputStream;->close()V
    return-void
.end method
