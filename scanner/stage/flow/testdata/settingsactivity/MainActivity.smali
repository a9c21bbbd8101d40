.class public Lorg/apkscan/test/sa/MainActivity;
.super Landroid/app/Activity;

# The browser: its client tracks every page. Its private mode is a flag
# (Prefs.incognito) that the client's history code tests; an
# IncognitoSettingsActivity turns the flag on and shows a help page.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/sa/Client;
    invoke-direct {v1}, Lorg/apkscan/test/sa/Client;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
