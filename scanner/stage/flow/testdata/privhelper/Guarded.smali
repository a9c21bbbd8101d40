.class public Lorg/apkscan/test/ph/Guarded;
.super Landroid/webkit/WebChromeClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebChromeClient;-><init>()V
    return-void
.end method

.method public onReceivedTitle(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    # Tracks pages seen outside incognito mode.
    invoke-static {}, Lorg/apkscan/test/ph/App;->isIncognito()Z
    move-result v0
    if-nez v0, :skip
    invoke-direct {p0, p1, p2}, Lorg/apkscan/test/ph/Guarded;->a(Landroid/webkit/WebView;Ljava/lang/String;)V
    :skip
    return-void
.end method

# Tracks the page's address (R8 named it a; its shape is the callback's).
.method private a(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6
    invoke-virtual {p1}, Landroid/webkit/WebView;->getUrl()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Landroid/os/Bundle;
    invoke-direct {v1}, Landroid/os/Bundle;-><init>()V
    const-string v2, "url"
    invoke-virtual {v1, v2, v0}, Landroid/os/Bundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {}, Lcom/google/firebase/analytics/FirebaseAnalytics;->getInstance()Lcom/google/firebase/analytics/FirebaseAnalytics;
    move-result-object v2
    const-string v3, "page"
    invoke-virtual {v2, v3, v1}, Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent(Ljava/lang/String;Landroid/os/Bundle;)V
    return-void
.end method
