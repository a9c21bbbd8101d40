.class public Lorg/apkscan/test/ev/App;
.super Landroid/app/Activity;

# A browser whose every reporting mode (an enum's values()) reports each
# page: NORMAL's report sends it to Sensors Analytics, PRIVATE's to
# Firebase; both constants are in use in incognito mode.

.field public static incognito:Z

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
    new-instance v1, Lorg/apkscan/test/ev/Client;
    invoke-direct {v1}, Lorg/apkscan/test/ev/Client;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    sget-boolean v1, Lorg/apkscan/test/ev/App;->incognito:Z
    if-eqz v1, :done
    invoke-virtual {v0}, Landroid/webkit/WebView;->getSettings()Landroid/webkit/WebSettings;
    move-result-object v0
    const/4 v1, 0x0
    invoke-virtual {v0, v1}, Landroid/webkit/WebSettings;->setSaveFormData(Z)V
    :done
    return-void
.end method
