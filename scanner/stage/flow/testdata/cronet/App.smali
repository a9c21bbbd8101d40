.class public Lorg/apkscan/test/cr/App;
.super Landroid/app/Application;

# The device id sent with Chromium's Cronet (in the URL, and as an upload
# body) and with loopj's AsyncHttpClient (as a request parameter).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 8
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/cr/App;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    const/4 v1, 0x0
    invoke-static {}, Lorg/chromium/net/CronetEngine;->get()Lorg/chromium/net/CronetEngine;
    move-result-object v2
    invoke-virtual {v2, v0, v1, v1}, Lorg/chromium/net/CronetEngine;->newUrlRequestBuilder(Ljava/lang/String;Lorg/chromium/net/UrlRequest$Callback;Ljava/util/concurrent/Executor;)Lorg/chromium/net/UrlRequest$Builder;
    const-string v3, "https://stats.example.com/"
    invoke-virtual {v2, v3, v1, v1}, Lorg/chromium/net/CronetEngine;->newUrlRequestBuilder(Ljava/lang/String;Lorg/chromium/net/UrlRequest$Callback;Ljava/util/concurrent/Executor;)Lorg/chromium/net/UrlRequest$Builder;
    move-result-object v3
    invoke-virtual {v0}, Ljava/lang/String;->getBytes()[B
    move-result-object v4
    invoke-static {v4}, Lorg/chromium/net/UploadDataProviders;->create([B)Lorg/chromium/net/UploadDataProvider;
    move-result-object v4
    invoke-virtual {v3, v4, v1}, Lorg/chromium/net/UrlRequest$Builder;->setUploadDataProvider(Lorg/chromium/net/UploadDataProvider;Ljava/util/concurrent/Executor;)Lorg/chromium/net/UrlRequest$Builder;
    new-instance v4, Lcom/loopj/android/http/RequestParams;
    invoke-direct {v4}, Lcom/loopj/android/http/RequestParams;-><init>()V
    const-string v5, "id"
    invoke-virtual {v4, v5, v0}, Lcom/loopj/android/http/RequestParams;->put(Ljava/lang/String;Ljava/lang/String;)V
    new-instance v5, Lcom/loopj/android/http/AsyncHttpClient;
    invoke-direct {v5}, Lcom/loopj/android/http/AsyncHttpClient;-><init>()V
    const-string v6, "https://stats.example.com/"
    invoke-virtual {v5, v6, v4, v1}, Lcom/loopj/android/http/AsyncHttpClient;->post(Ljava/lang/String;Lcom/loopj/android/http/RequestParams;Lcom/loopj/android/http/ResponseHandlerInterface;)Lcom/loopj/android/http/RequestHandle;
    return-void
.end method
