.class public Lorg/apkscan/test/body/Client;
.super Landroid/webkit/WebViewClient;

# onPageFinished POSTs the page's URL, as it is, as a request body to a
# collector, sends it as a web socket message and as the content URL of an
# ad request: each leaks the page. It
# also fetches the page itself (the URL is the request's address) with the
# page as its Referer header: neither sends the page anywhere it does not
# already go.

.field ws:Lokhttp3/WebSocket;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6
    new-instance v0, Ljava/net/URL;
    const-string v1, "https://collect.example.com/visit"
    invoke-direct {v0, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v0
    check-cast v0, Ljava/net/HttpURLConnection;
    const/4 v1, 1
    invoke-virtual {v0, v1}, Ljava/net/HttpURLConnection;->setDoOutput(Z)V
    invoke-virtual {v0}, Ljava/net/HttpURLConnection;->getOutputStream()Ljava/io/OutputStream;
    move-result-object v1
    invoke-virtual {p2}, Ljava/lang/String;->getBytes()[B
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/io/OutputStream;->write([B)V
    invoke-virtual {v1}, Ljava/io/OutputStream;->close()V
    new-instance v0, Ljava/net/URL;
    invoke-direct {v0, p2}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v0
    const-string v1, "Referer"
    invoke-virtual {v0, v1, p2}, Ljava/net/URLConnection;->setRequestProperty(Ljava/lang/String;Ljava/lang/String;)V
    iget-object v0, p0, Lorg/apkscan/test/body/Client;->ws:Lokhttp3/WebSocket;
    invoke-interface {v0, p2}, Lokhttp3/WebSocket;->send(Ljava/lang/String;)Z
    new-instance v0, Lcom/google/android/gms/ads/AdRequest$Builder;
    invoke-direct {v0}, Lcom/google/android/gms/ads/AdRequest$Builder;-><init>()V
    invoke-virtual {v0, p2}, Lcom/google/android/gms/ads/AdRequest$Builder;->setContentUrl(Ljava/lang/String;)Lcom/google/android/gms/ads/AdRequest$Builder;
    return-void
.end method
