.class public final Lorg/apkscan/test/ad/Send;
.super Ljava/lang/Object;

# a: the id in a URL's query, built with a StringBuilder.
.method public static a(Ljava/lang/String;)V
    .registers 3
    new-instance v0, Ljava/lang/StringBuilder;
    const-string v1, "https://a.example.org/x?id="
    invoke-direct {v0, v1}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0, p0}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    move-result-object v0
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    return-void
.end method

# b: the id in a POST body, to the address a static final String holds.
.method public static b(Ljava/lang/String;)V
    .registers 4
    new-instance v0, Ljava/net/URL;
    sget-object v1, Lorg/apkscan/test/ad/Main;->ENDPOINT:Ljava/lang/String;
    invoke-direct {v0, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v0
    check-cast v0, Ljava/net/HttpURLConnection;
    const/4 v1, 0x1
    invoke-virtual {v0, v1}, Ljava/net/HttpURLConnection;->setDoOutput(Z)V
    invoke-virtual {v0}, Ljava/net/HttpURLConnection;->getOutputStream()Ljava/io/OutputStream;
    move-result-object v1
    invoke-virtual {p0}, Ljava/lang/String;->getBytes()[B
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/io/OutputStream;->write([B)V
    return-void
.end method

# c: OkHttp: a request to a constant URL whose body is the id.
.method public static c(Ljava/lang/String;)V
    .registers 5
    const/4 v0, 0x0
    invoke-static {v0, p0}, Lokhttp3/RequestBody;->create(Lokhttp3/MediaType;Ljava/lang/String;)Lokhttp3/RequestBody;
    move-result-object v0
    new-instance v1, Lokhttp3/Request$Builder;
    invoke-direct {v1}, Lokhttp3/Request$Builder;-><init>()V
    const-string v2, "https://c.example.org/t"
    invoke-virtual {v1, v2}, Lokhttp3/Request$Builder;->url(Ljava/lang/String;)Lokhttp3/Request$Builder;
    move-result-object v1
    invoke-virtual {v1, v0}, Lokhttp3/Request$Builder;->post(Lokhttp3/RequestBody;)Lokhttp3/Request$Builder;
    move-result-object v1
    invoke-virtual {v1}, Lokhttp3/Request$Builder;->build()Lokhttp3/Request;
    move-result-object v1
    new-instance v2, Lokhttp3/OkHttpClient;
    invoke-direct {v2}, Lokhttp3/OkHttpClient;-><init>()V
    invoke-virtual {v2, v1}, Lokhttp3/OkHttpClient;->newCall(Lokhttp3/Request;)Lokhttp3/Call;
    return-void
.end method

# d: a helper given its address by its caller.
.method public static d(Ljava/lang/String;Ljava/lang/String;)V
    .registers 4
    invoke-virtual {p0, p1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openStream()Ljava/io/InputStream;
    return-void
.end method

# e: an app method that returns the server's address.
.method static server()Ljava/lang/String;
    .registers 1
    const-string v0, "https://e.example.org/"
    return-object v0
.end method

.method public static e(Ljava/lang/String;)V
    .registers 4
    invoke-static {}, Lorg/apkscan/test/ad/Send;->server()Ljava/lang/String;
    move-result-object v0
    invoke-virtual {v0, p0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    return-void
.end method

# f: an address the code does not show (read from a field by its caller).
.method public static f(Ljava/lang/String;Ljava/lang/String;)V
    .registers 4
    invoke-virtual {p0, p1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    return-void
.end method

# g: a Retrofit service made with the app's one base address.
.method public static g(Ljava/lang/String;)V
    .registers 4
    new-instance v0, Lretrofit2/Retrofit$Builder;
    invoke-direct {v0}, Lretrofit2/Retrofit$Builder;-><init>()V
    const-string v1, "https://g.example.org/api/"
    invoke-virtual {v0, v1}, Lretrofit2/Retrofit$Builder;->baseUrl(Ljava/lang/String;)Lretrofit2/Retrofit$Builder;
    move-result-object v0
    invoke-virtual {v0}, Lretrofit2/Retrofit$Builder;->build()Lretrofit2/Retrofit;
    move-result-object v0
    const-class v1, Lorg/apkscan/test/ad/Api;
    invoke-virtual {v0, v1}, Lretrofit2/Retrofit;->create(Ljava/lang/Class;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Lorg/apkscan/test/ad/Api;
    invoke-interface {v0, p0}, Lorg/apkscan/test/ad/Api;->track(Ljava/lang/String;)Ljava/lang/Object;
    return-void
.end method

# h: the address a configuration's method returns, which a subclass
# overrides (the base class returns none).
.method public static h(Lorg/apkscan/test/ad/Config;Ljava/lang/String;)V
    .registers 4
    invoke-virtual {p0}, Lorg/apkscan/test/ad/Config;->url()Ljava/lang/String;
    move-result-object v0
    invoke-virtual {v0, p1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openStream()Ljava/io/InputStream;
    return-void
.end method

# k: a script run in a WebView that loaded a page before: the script's
# request shows no address (the page's is not this call's).
.method public static k(Landroid/content/Context;Ljava/lang/String;)V
    .registers 6
    new-instance v2, Landroid/webkit/WebView;
    invoke-direct {v2, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    const-string v1, "https://page.example.org/"
    invoke-virtual {v2, v1}, Landroid/webkit/WebView;->loadUrl(Ljava/lang/String;)V
    new-instance v3, Ljava/lang/StringBuilder;
    const-string v1, "track('"
    invoke-direct {v3, v1}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v3, p1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v3}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v1
    const/4 v0, 0x0
    invoke-virtual {v2, v1, v0}, Landroid/webkit/WebView;->evaluateJavascript(Ljava/lang/String;Landroid/webkit/ValueCallback;)V
    return-void
.end method

# l: a WebView's second load, with the id: its own address only.
.method public static l(Landroid/content/Context;Ljava/lang/String;)V
    .registers 5
    new-instance v2, Landroid/webkit/WebView;
    invoke-direct {v2, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    const-string v1, "https://home.example.org/"
    invoke-virtual {v2, v1}, Landroid/webkit/WebView;->loadUrl(Ljava/lang/String;)V
    const-string v1, "https://l.example.org/?id="
    invoke-virtual {v1, p1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v2, v1}, Landroid/webkit/WebView;->loadUrl(Ljava/lang/String;)V
    return-void
.end method

# m: a helper the app sends through to several addresses: the id goes to
# the one its caller gave with it.
.method public static m(Ljava/lang/String;Ljava/lang/String;)V
    .registers 4
    invoke-virtual {p0, p1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openStream()Ljava/io/InputStream;
    return-void
.end method

# n: a URL appended in pieces, the scheme on its own.
.method public static n(Ljava/lang/String;)V
    .registers 4
    new-instance v0, Ljava/lang/StringBuilder;
    invoke-direct {v0}, Ljava/lang/StringBuilder;-><init>()V
    const-string v1, "https://"
    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    const-string v1, "n.example.org"
    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    const-string v1, "/c?id="
    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0, p0}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openStream()Ljava/io/InputStream;
    return-void
.end method

# o: a Uri.Builder given the host apart from its scheme.
.method public static o(Ljava/lang/String;)V
    .registers 4
    new-instance v0, Landroid/net/Uri$Builder;
    invoke-direct {v0}, Landroid/net/Uri$Builder;-><init>()V
    const-string v1, "https"
    invoke-virtual {v0, v1}, Landroid/net/Uri$Builder;->scheme(Ljava/lang/String;)Landroid/net/Uri$Builder;
    move-result-object v0
    const-string v1, "o.example.org"
    invoke-virtual {v0, v1}, Landroid/net/Uri$Builder;->authority(Ljava/lang/String;)Landroid/net/Uri$Builder;
    move-result-object v0
    const-string v1, "id"
    invoke-virtual {v0, v1, p0}, Landroid/net/Uri$Builder;->appendQueryParameter(Ljava/lang/String;Ljava/lang/String;)Landroid/net/Uri$Builder;
    move-result-object v0
    invoke-virtual {v0}, Landroid/net/Uri$Builder;->build()Landroid/net/Uri;
    move-result-object v0
    invoke-virtual {v0}, Landroid/net/Uri;->toString()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openStream()Ljava/io/InputStream;
    return-void
.end method

# p: a URL made of its protocol, host and file.
.method public static p(Ljava/lang/String;)V
    .registers 5
    const-string v0, "/c?id="
    invoke-virtual {v0, p0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    const-string v2, "https"
    const-string v3, "p.example.org"
    invoke-direct {v1, v2, v3, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openStream()Ljava/io/InputStream;
    return-void
.end method

# q: the address handed to a worker thread in its Runnable's field, the
# worker's helper fetching it.
.method public static q(Ljava/lang/String;)V
    .registers 4
    const-string v0, "https://q.example.org/c?id="
    invoke-virtual {v0, p0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/lang/Thread;
    new-instance v2, Lorg/apkscan/test/ad/Ping;
    invoke-direct {v2, v0}, Lorg/apkscan/test/ad/Ping;-><init>(Ljava/lang/String;)V
    invoke-direct {v1, v2}, Ljava/lang/Thread;-><init>(Ljava/lang/Runnable;)V
    invoke-virtual {v1}, Ljava/lang/Thread;->start()V
    return-void
.end method

.method public static fetch(Ljava/lang/String;)V
    .registers 2
    new-instance v0, Ljava/net/URL;
    invoke-direct {v0, p0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0}, Ljava/net/URL;->openStream()Ljava/io/InputStream;
    return-void
.end method

# r: the address made by an outlined concatenation.
.method public static r(Ljava/lang/String;)V
    .registers 3
    const-string v0, "https://r.example.org/c?id="
    invoke-static {v0, p0}, Lorg/apkscan/test/ad/Outline;->outline0(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openStream()Ljava/io/InputStream;
    return-void
.end method
