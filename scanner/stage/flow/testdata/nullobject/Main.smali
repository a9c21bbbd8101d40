.class public Lorg/apkscan/test/no/Main;
.super Landroid/app/Activity;

# Picks its page tracker by the mode: incognito ? new NoOpTracker() : new
# SensorsTracker(), so a SensorsTracker never exists in incognito mode; a
# second WebView's AuditTracker is made whatever the mode.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Landroid/app/Activity;->getIntent()Landroid/content/Intent;
    move-result-object v0
    const-string v1, "incognito"
    const/4 v2, 0x0
    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->getBooleanExtra(Ljava/lang/String;Z)Z
    move-result v2
    if-eqz v2, :normal
    new-instance v1, Lorg/apkscan/test/no/NoOpTracker;
    invoke-direct {v1}, Lorg/apkscan/test/no/NoOpTracker;-><init>()V
    goto :made
    :normal
    new-instance v1, Lorg/apkscan/test/no/SensorsTracker;
    invoke-direct {v1}, Lorg/apkscan/test/no/SensorsTracker;-><init>()V
    :made
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v3, Lorg/apkscan/test/no/Client;
    invoke-direct {v3, v1}, Lorg/apkscan/test/no/Client;-><init>(Lorg/apkscan/test/no/PageTracker;)V
    invoke-virtual {v0, v3}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v1, Lorg/apkscan/test/no/AuditTracker;
    invoke-direct {v1}, Lorg/apkscan/test/no/AuditTracker;-><init>()V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v3, Lorg/apkscan/test/no/Client;
    invoke-direct {v3, v1}, Lorg/apkscan/test/no/Client;-><init>(Lorg/apkscan/test/no/PageTracker;)V
    invoke-virtual {v0, v3}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
