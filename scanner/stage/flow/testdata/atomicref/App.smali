.class public Lorg/apkscan/test/ar/App;
.super Landroid/app/Activity;

# A browser keeping the current page in an AtomicReference its client
# sets: onPause reports it to Sensors Analytics always, onStop to Firebase
# only outside incognito mode. The first page of a session, kept with
# compareAndSet, goes to Umeng on destroy.

.field public static final PAGE:Ljava/util/concurrent/atomic/AtomicReference;
.field public static final FIRST:Ljava/util/concurrent/atomic/AtomicReference;
.field public static incognito:Z

.method static constructor <clinit>()V
    .registers 1
    new-instance v0, Ljava/util/concurrent/atomic/AtomicReference;
    invoke-direct {v0}, Ljava/util/concurrent/atomic/AtomicReference;-><init>()V
    sput-object v0, Lorg/apkscan/test/ar/App;->PAGE:Ljava/util/concurrent/atomic/AtomicReference;
    new-instance v0, Ljava/util/concurrent/atomic/AtomicReference;
    invoke-direct {v0}, Ljava/util/concurrent/atomic/AtomicReference;-><init>()V
    sput-object v0, Lorg/apkscan/test/ar/App;->FIRST:Ljava/util/concurrent/atomic/AtomicReference;
    return-void
.end method

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ar/Client;
    invoke-direct {v1}, Lorg/apkscan/test/ar/Client;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method

.method protected onPause()V
    .registers 5
    invoke-super {p0}, Landroid/app/Activity;->onPause()V
    sget-object v0, Lorg/apkscan/test/ar/App;->PAGE:Ljava/util/concurrent/atomic/AtomicReference;
    invoke-virtual {v0}, Ljava/util/concurrent/atomic/AtomicReference;->get()Ljava/lang/Object;
    move-result-object v0
    new-instance v1, Lorg/json/JSONObject;
    invoke-direct {v1}, Lorg/json/JSONObject;-><init>()V
    const-string v2, "url"
    invoke-virtual {v1, v2, v0}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v2
    const-string v3, "session_end"
    invoke-virtual {v2, v3, v1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    return-void
.end method

.method protected onStop()V
    .registers 5
    invoke-super {p0}, Landroid/app/Activity;->onStop()V
    sget-boolean v0, Lorg/apkscan/test/ar/App;->incognito:Z
    if-nez v0, :done
    sget-object v0, Lorg/apkscan/test/ar/App;->PAGE:Ljava/util/concurrent/atomic/AtomicReference;
    invoke-virtual {v0}, Ljava/util/concurrent/atomic/AtomicReference;->get()Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Ljava/lang/String;
    new-instance v1, Landroid/os/Bundle;
    invoke-direct {v1}, Landroid/os/Bundle;-><init>()V
    const-string v2, "url"
    invoke-virtual {v1, v2, v0}, Landroid/os/Bundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {p0}, Lcom/google/firebase/analytics/FirebaseAnalytics;->getInstance(Landroid/content/Context;)Lcom/google/firebase/analytics/FirebaseAnalytics;
    move-result-object v2
    const-string v3, "session_end"
    invoke-virtual {v2, v3, v1}, Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent(Ljava/lang/String;Landroid/os/Bundle;)V
    :done
    return-void
.end method

.method protected onDestroy()V
    .registers 4
    invoke-super {p0}, Landroid/app/Activity;->onDestroy()V
    sget-object v0, Lorg/apkscan/test/ar/App;->FIRST:Ljava/util/concurrent/atomic/AtomicReference;
    invoke-virtual {v0}, Ljava/util/concurrent/atomic/AtomicReference;->get()Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Ljava/lang/String;
    const-string v1, "first_page"
    invoke-static {p0, v1, v0}, Lcom/umeng/analytics/MobclickAgent;->onEvent(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    return-void
.end method
