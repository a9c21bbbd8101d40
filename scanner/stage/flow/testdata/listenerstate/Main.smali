.class public Lorg/apkscan/test/ls/Main;
.super Landroid/app/Activity;
.implements Lorg/apkscan/test/ls/SecretMode$Listener;

# Secret mode pushed to listeners: the activity keeps what
# onSecretModeChanged(boolean) is given in a renamed field (a), which its
# getter b() returns. Guarded tests b(); Guarded2 the private mode a
# preference listener keeps (Prefs); Open tracks in secret mode too.

.field private a:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-static {p0}, Lorg/apkscan/test/ls/SecretMode;->addListener(Lorg/apkscan/test/ls/SecretMode$Listener;)V
    invoke-virtual {p0}, Landroid/app/Activity;->getIntent()Landroid/content/Intent;
    move-result-object v0
    const-string v1, "secret"
    const/4 v2, 0
    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->getBooleanExtra(Ljava/lang/String;Z)Z
    move-result v0
    invoke-static {v0}, Lorg/apkscan/test/ls/SecretMode;->setSecretModeEnabled(Z)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ls/Guarded;
    invoke-direct {v1, p0}, Lorg/apkscan/test/ls/Guarded;-><init>(Lorg/apkscan/test/ls/Main;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Lorg/apkscan/test/ls/Prefs;
    invoke-direct {v0, p0}, Lorg/apkscan/test/ls/Prefs;-><init>(Landroid/content/Context;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ls/Guarded2;
    invoke-direct {v1, p0}, Lorg/apkscan/test/ls/Guarded2;-><init>(Lorg/apkscan/test/ls/Main;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ls/Open;
    invoke-direct {v1}, Lorg/apkscan/test/ls/Open;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method

.method public onSecretModeChanged(Z)V
    .registers 2
    iput-boolean p1, p0, Lorg/apkscan/test/ls/Main;->a:Z
    return-void
.end method

.method public b()Z
    .registers 2
    iget-boolean v0, p0, Lorg/apkscan/test/ls/Main;->a:Z
    return v0
.end method
