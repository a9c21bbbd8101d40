.class public final Lb/a;
.super Ljava/lang/Object;
.source "SourceFile"

# A stats collector as R8 leaves one (class and members renamed, moved to
# package b): the singleton schedules the TimerTask e every 5 s when it is
# made; b(context, url) puts the page URL and the IMEI in a JSON object and
# queues its text in the static list c; f(), run by e on the singleton,
# drains the queue, Base64-encodes each event and POSTs it through a
# DataOutputStream over the connection's output stream.

.field private static d:Lb/a;
.field private static c:Ljava/util/LinkedList;

.method private constructor <init>()V
    .registers 6
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    new-instance v0, Ljava/util/LinkedList;
    invoke-direct {v0}, Ljava/util/LinkedList;-><init>()V
    sput-object v0, Lb/a;->c:Ljava/util/LinkedList;
    new-instance v0, Ljava/util/Timer;
    invoke-direct {v0}, Ljava/util/Timer;-><init>()V
    new-instance v1, Lb/e;
    invoke-direct {v1}, Lb/e;-><init>()V
    const-wide/16 v2, 0x1388
    move-wide v4, v2
    invoke-virtual/range {v0 .. v5}, Ljava/util/Timer;->schedule(Ljava/util/TimerTask;JJ)V
    return-void
.end method

.method public static a()Lb/a;
    .registers 1
    sget-object v0, Lb/a;->d:Lb/a;
    if-nez v0, :have
    new-instance v0, Lb/a;
    invoke-direct {v0}, Lb/a;-><init>()V
    sput-object v0, Lb/a;->d:Lb/a;
    :have
    return-object v0
.end method

.method public final b(Landroid/content/Context;Ljava/lang/String;)V
    .registers 7
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p2}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    const-string v1, "phone"
    invoke-virtual {p1, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v2
    check-cast v2, Landroid/telephony/TelephonyManager;
    invoke-virtual {v2}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    const-string v1, "imei"
    invoke-virtual {v0, v1, v2}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    sget-object v1, Lb/a;->c:Ljava/util/LinkedList;
    invoke-virtual {v0}, Lorg/json/JSONObject;->toString()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/util/LinkedList;->add(Ljava/lang/Object;)Z
    return-void
.end method

.method final f()V
    .registers 6
    :loop
    sget-object v0, Lb/a;->c:Ljava/util/LinkedList;
    invoke-virtual {v0}, Ljava/util/LinkedList;->poll()Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Ljava/lang/String;
    if-eqz v0, :done
    invoke-virtual {v0}, Ljava/lang/String;->getBytes()[B
    move-result-object v0
    const/4 v1, 0x2
    invoke-static {v0, v1}, Landroid/util/Base64;->encodeToString([BI)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    const-string v2, "https://tracking.intl.miui.com/track/v4"
    invoke-direct {v1, v2}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v1
    check-cast v1, Ljava/net/HttpURLConnection;
    const/4 v2, 0x1
    invoke-virtual {v1, v2}, Ljava/net/HttpURLConnection;->setDoOutput(Z)V
    new-instance v2, Ljava/io/DataOutputStream;
    invoke-virtual {v1}, Ljava/net/HttpURLConnection;->getOutputStream()Ljava/io/OutputStream;
    move-result-object v3
    invoke-direct {v2, v3}, Ljava/io/DataOutputStream;-><init>(Ljava/io/OutputStream;)V
    invoke-virtual {v2, v0}, Ljava/io/DataOutputStream;->writeBytes(Ljava/lang/String;)V
    invoke-virtual {v2}, Ljava/io/DataOutputStream;->close()V
    invoke-virtual {v1}, Ljava/net/HttpURLConnection;->getResponseCode()I
    goto :loop
    :done
    return-void
.end method
