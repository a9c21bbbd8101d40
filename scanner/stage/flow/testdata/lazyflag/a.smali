.class public final Lorg/apkscan/test/lz/a;
.super Landroid/webkit/WebViewClient;

.field private final a:Lkotlin/Lazy;
.field private final b:Landroid/content/Context;

.method public constructor <init>(Landroid/content/Context;Landroid/content/Intent;)V
    .registers 4
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/lz/a;->b:Landroid/content/Context;
    new-instance v0, Lorg/apkscan/test/lz/b;
    invoke-direct {v0, p2}, Lorg/apkscan/test/lz/b;-><init>(Landroid/content/Intent;)V
    invoke-static {v0}, Lkotlin/LazyKt;->lazy(Lkotlin/jvm/functions/Function0;)Lkotlin/Lazy;
    move-result-object v0
    iput-object v0, p0, Lorg/apkscan/test/lz/a;->a:Lkotlin/Lazy;
    return-void
.end method

.method private final a()Z
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/lz/a;->a:Lkotlin/Lazy;
    invoke-interface {v0}, Lkotlin/Lazy;->getValue()Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Ljava/lang/Boolean;
    invoke-virtual {v0}, Ljava/lang/Boolean;->booleanValue()Z
    move-result v0
    return v0
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v0
    new-instance v1, Lorg/json/JSONObject;
    invoke-direct {v1}, Lorg/json/JSONObject;-><init>()V
    const-string v2, "url"
    invoke-virtual {v1, v2, p2}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    const-string v2, "page"
    invoke-virtual {v0, v2, v1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    invoke-direct {p0}, Lorg/apkscan/test/lz/a;->a()Z
    move-result v0
    if-nez v0, :skip
    new-instance v0, Landroid/os/Bundle;
    invoke-direct {v0}, Landroid/os/Bundle;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p2}, Landroid/os/Bundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    iget-object v1, p0, Lorg/apkscan/test/lz/a;->b:Landroid/content/Context;
    invoke-static {v1}, Lcom/google/firebase/analytics/FirebaseAnalytics;->getInstance(Landroid/content/Context;)Lcom/google/firebase/analytics/FirebaseAnalytics;
    move-result-object v1
    const-string v2, "page"
    invoke-virtual {v1, v2, v0}, Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent(Ljava/lang/String;Landroid/os/Bundle;)V
    :skip
    return-void
.end method
