.class public Lorg/apkscan/test/ft/App;
.super Landroid/app/Activity;

# Web clients each given a Tracker: Guarded's (by its constructor) and
# Injected's (by its setter) are a Private wrapping a Send, which checks
# the mode before it delegates; Open's is a Send, which tracks every page.

.field public static incognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Landroid/app/Activity;->getIntent()Landroid/content/Intent;
    move-result-object v0
    const-string v1, "incognito"
    const/4 v2, 0x0
    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->getBooleanExtra(Ljava/lang/String;Z)Z
    move-result v0
    sput-boolean v0, Lorg/apkscan/test/ft/App;->incognito:Z
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ft/Send;
    invoke-direct {v1}, Lorg/apkscan/test/ft/Send;-><init>()V
    new-instance v2, Lorg/apkscan/test/ft/Private;
    invoke-direct {v2, v1}, Lorg/apkscan/test/ft/Private;-><init>(Lorg/apkscan/test/ft/Tracker;)V
    new-instance v3, Lorg/apkscan/test/ft/Guarded;
    invoke-direct {v3, v2}, Lorg/apkscan/test/ft/Guarded;-><init>(Lorg/apkscan/test/ft/Tracker;)V
    invoke-virtual {v0, v3}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ft/Send;
    invoke-direct {v1}, Lorg/apkscan/test/ft/Send;-><init>()V
    new-instance v2, Lorg/apkscan/test/ft/Private;
    invoke-direct {v2, v1}, Lorg/apkscan/test/ft/Private;-><init>(Lorg/apkscan/test/ft/Tracker;)V
    new-instance v3, Lorg/apkscan/test/ft/Injected;
    invoke-direct {v3}, Lorg/apkscan/test/ft/Injected;-><init>()V
    invoke-virtual {v3, v2}, Lorg/apkscan/test/ft/Injected;->setTracker(Lorg/apkscan/test/ft/Tracker;)V
    invoke-virtual {v0, v3}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ft/Send;
    invoke-direct {v1}, Lorg/apkscan/test/ft/Send;-><init>()V
    new-instance v3, Lorg/apkscan/test/ft/Open;
    invoke-direct {v3, v1}, Lorg/apkscan/test/ft/Open;-><init>(Lorg/apkscan/test/ft/Tracker;)V
    invoke-virtual {v0, v3}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
