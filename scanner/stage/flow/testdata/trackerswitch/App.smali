.class public Lorg/apkscan/test/tsw/App;
.super Landroid/app/Activity;

# Switches Firebase Analytics off in incognito mode
# (setAnalyticsCollectionEnabled(!incognito)); its client logs every page
# to Firebase (not sent in incognito mode) and to Sensors Analytics (a
# bypass).

.field public static incognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public static isIncognito()Z
    .registers 1
    sget-boolean v0, Lorg/apkscan/test/tsw/App;->incognito:Z
    return v0
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-static {p0}, Lcom/google/firebase/analytics/FirebaseAnalytics;->getInstance(Landroid/content/Context;)Lcom/google/firebase/analytics/FirebaseAnalytics;
    move-result-object v0
    invoke-static {}, Lorg/apkscan/test/tsw/App;->isIncognito()Z
    move-result v1
    xor-int/lit8 v1, v1, 0x1
    invoke-virtual {v0, v1}, Lcom/google/firebase/analytics/FirebaseAnalytics;->setAnalyticsCollectionEnabled(Z)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/tsw/Client;
    invoke-direct {v1}, Lorg/apkscan/test/tsw/Client;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
