.class final Lorg/apkscan/sample/addressbar/c;
.super Ljava/lang/Object;
.source "SourceFile"

# run() reads the IMEI, puts it beside what was typed in a JSON object,
# Base64-encodes the JSON and POSTs it to an analytics host through the
# connection's output stream: "encoding" that hides nothing.

.implements Ljava/lang/Runnable;

.field private final a:Landroid/content/Context;
.field private final b:Ljava/lang/String;

.method constructor <init>(Landroid/content/Context;Ljava/lang/String;)V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/sample/addressbar/c;->a:Landroid/content/Context;
    iput-object p2, p0, Lorg/apkscan/sample/addressbar/c;->b:Ljava/lang/String;
    return-void
.end method

.method public run()V
    .registers 7
    iget-object v0, p0, Lorg/apkscan/sample/addressbar/c;->a:Landroid/content/Context;
    const-string v1, "phone"
    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Lorg/json/JSONObject;
    invoke-direct {v1}, Lorg/json/JSONObject;-><init>()V
    const-string v2, "q"
    iget-object v3, p0, Lorg/apkscan/sample/addressbar/c;->b:Ljava/lang/String;
    invoke-virtual {v1, v2, v3}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    const-string v2, "imei"
    invoke-virtual {v1, v2, v0}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-virtual {v1}, Lorg/json/JSONObject;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/String;->getBytes()[B
    move-result-object v1
    const/4 v2, 0x2
    invoke-static {v1, v2}, Landroid/util/Base64;->encodeToString([BI)Ljava/lang/String;
    move-result-object v1
    new-instance v2, Ljava/net/URL;
    const-string v3, "https://sa.api.addressbar.apkscan.invalid/sa?project=browser"
    invoke-direct {v2, v3}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v2}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v2
    check-cast v2, Ljava/net/HttpURLConnection;
    const/4 v3, 0x1
    invoke-virtual {v2, v3}, Ljava/net/HttpURLConnection;->setDoOutput(Z)V
    const-string v3, "POST"
    invoke-virtual {v2, v3}, Ljava/net/HttpURLConnection;->setRequestMethod(Ljava/lang/String;)V
    invoke-virtual {v2}, Ljava/net/HttpURLConnection;->getOutputStream()Ljava/io/OutputStream;
    move-result-object v3
    invoke-virtual {v1}, Ljava/lang/String;->getBytes()[B
    move-result-object v4
    invoke-virtual {v3, v4}, Ljava/io/OutputStream;->write([B)V
    invoke-virtual {v3}, Ljava/io/OutputStream;->close()V
    invoke-virtual {v2}, Ljava/net/HttpURLConnection;->getResponseCode()I
    return-void
.end method
