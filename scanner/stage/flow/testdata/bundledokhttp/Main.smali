.class public Lorg/apkscan/test/ok/Main;
.super Landroid/app/Activity;

# The device id sent with OkHttp, whose classes the app bundles (as real
# apps do; these are OkHttp-shaped stand-ins that keep a request's parts
# in fields): in a form body, in a JSON body, in the URL.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/ok/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    invoke-static {v0}, Lorg/apkscan/test/ok/Main;->form(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/ok/Main;->json(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/ok/Main;->url(Ljava/lang/String;)V
    return-void
.end method

.method static form(Ljava/lang/String;)V
    .registers 8
    move-object v0, p0
    new-instance v2, Lokhttp3/FormBody$Builder;
    invoke-direct {v2}, Lokhttp3/FormBody$Builder;-><init>()V
    const-string v1, "id"
    invoke-virtual {v2, v1, v0}, Lokhttp3/FormBody$Builder;->add(Ljava/lang/String;Ljava/lang/String;)Lokhttp3/FormBody$Builder;
    move-result-object v2
    invoke-virtual {v2}, Lokhttp3/FormBody$Builder;->build()Lokhttp3/FormBody;
    move-result-object v3
    new-instance v4, Lokhttp3/Request$Builder;
    invoke-direct {v4}, Lokhttp3/Request$Builder;-><init>()V
    const-string v1, "https://okf.probe.invalid/v1"
    invoke-virtual {v4, v1}, Lokhttp3/Request$Builder;->url(Ljava/lang/String;)Lokhttp3/Request$Builder;
    move-result-object v4
    invoke-virtual {v4, v3}, Lokhttp3/Request$Builder;->post(Lokhttp3/RequestBody;)Lokhttp3/Request$Builder;
    move-result-object v4
    invoke-virtual {v4}, Lokhttp3/Request$Builder;->build()Lokhttp3/Request;
    move-result-object v4
    new-instance v5, Lokhttp3/OkHttpClient;
    invoke-direct {v5}, Lokhttp3/OkHttpClient;-><init>()V
    invoke-virtual {v5, v4}, Lokhttp3/OkHttpClient;->newCall(Lokhttp3/Request;)Lokhttp3/Call;
    move-result-object v6
    invoke-interface {v6}, Lokhttp3/Call;->execute()Lokhttp3/Response;
    return-void
.end method

.method static json(Ljava/lang/String;)V
    .registers 8
    move-object v0, p0
    new-instance v2, Lorg/json/JSONObject;
    invoke-direct {v2}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "id"
    invoke-virtual {v2, v1, v0}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-virtual {v2}, Lorg/json/JSONObject;->toString()Ljava/lang/String;
    move-result-object v2
    const-string v1, "application/json; charset=utf-8"
    invoke-static {v1}, Lokhttp3/MediaType;->parse(Ljava/lang/String;)Lokhttp3/MediaType;
    move-result-object v1
    invoke-static {v1, v2}, Lokhttp3/RequestBody;->create(Lokhttp3/MediaType;Ljava/lang/String;)Lokhttp3/RequestBody;
    move-result-object v3
    new-instance v4, Lokhttp3/Request$Builder;
    invoke-direct {v4}, Lokhttp3/Request$Builder;-><init>()V
    const-string v1, "https://okj.probe.invalid/v1"
    invoke-virtual {v4, v1}, Lokhttp3/Request$Builder;->url(Ljava/lang/String;)Lokhttp3/Request$Builder;
    move-result-object v4
    invoke-virtual {v4, v3}, Lokhttp3/Request$Builder;->post(Lokhttp3/RequestBody;)Lokhttp3/Request$Builder;
    move-result-object v4
    invoke-virtual {v4}, Lokhttp3/Request$Builder;->build()Lokhttp3/Request;
    move-result-object v4
    new-instance v5, Lokhttp3/OkHttpClient;
    invoke-direct {v5}, Lokhttp3/OkHttpClient;-><init>()V
    invoke-virtual {v5, v4}, Lokhttp3/OkHttpClient;->newCall(Lokhttp3/Request;)Lokhttp3/Call;
    move-result-object v6
    invoke-interface {v6}, Lokhttp3/Call;->execute()Lokhttp3/Response;
    return-void
.end method

.method static url(Ljava/lang/String;)V
    .registers 8
    move-object v0, p0
    const-string v1, "https://oku.probe.invalid/c?id="
    invoke-virtual {v1, v0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    new-instance v4, Lokhttp3/Request$Builder;
    invoke-direct {v4}, Lokhttp3/Request$Builder;-><init>()V
    invoke-virtual {v4, v1}, Lokhttp3/Request$Builder;->url(Ljava/lang/String;)Lokhttp3/Request$Builder;
    move-result-object v4
    invoke-virtual {v4}, Lokhttp3/Request$Builder;->build()Lokhttp3/Request;
    move-result-object v4
    new-instance v5, Lokhttp3/OkHttpClient;
    invoke-direct {v5}, Lokhttp3/OkHttpClient;-><init>()V
    invoke-virtual {v5, v4}, Lokhttp3/OkHttpClient;->newCall(Lokhttp3/Request;)Lokhttp3/Call;
    move-result-object v6
    invoke-interface {v6}, Lokhttp3/Call;->execute()Lokhttp3/Response;
    return-void
.end method
