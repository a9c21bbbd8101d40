.class public Lorg/apkscan/sample/browser/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

# onCreate starts the Sensors-shaped SDK, reads the incognito flag from the
# launching intent and opens a WebView with TrackingWebViewClient.
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance v0, Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;
    const-string v1, "https://sa.api.intl.miui.com/sa?project=global_browser_mini"
    invoke-direct {v0, v1}, Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;-><init>(Ljava/lang/String;)V
    invoke-static {p0, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->startWithConfigOptions(Landroid/content/Context;Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;)V

    invoke-virtual {p0}, Lorg/apkscan/sample/browser/MainActivity;->getIntent()Landroid/content/Intent;
    move-result-object v0
    const-string v1, "incognito"
    const/4 v2, 0x0
    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->getBooleanExtra(Ljava/lang/String;Z)Z
    move-result v0
    invoke-static {v0}, Lorg/apkscan/sample/browser/BrowserSettings;->setIncognito(Z)V

    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0}, Landroid/webkit/WebView;->getSettings()Landroid/webkit/WebSettings;
    move-result-object v1
    const/4 v2, 0x1
    invoke-virtual {v1, v2}, Landroid/webkit/WebSettings;->setJavaScriptEnabled(Z)V
    new-instance v1, Lorg/apkscan/sample/browser/TrackingWebViewClient;
    invoke-direct {v1}, Lorg/apkscan/sample/browser/TrackingWebViewClient;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    invoke-virtual {p0, v0}, Lorg/apkscan/sample/browser/MainActivity;->setContentView(Landroid/view/View;)V
    const-string v1, "https://www.example.org/"
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->loadUrl(Ljava/lang/String;)V
    return-void
.end method
