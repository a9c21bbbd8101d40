.class public Lorg/apkscan/test/queue/GuardedClient;
.super Landroid/webkit/WebViewClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6
    invoke-static {}, Lorg/apkscan/test/queue/Prefs;->isIncognito()Z
    move-result v0
    if-nez v0, :skip
    new-instance v0, Lorg/apkscan/test/queue/PageEvent;
    const-string v1, "page_view"
    invoke-direct {v0, v1, p2}, Lorg/apkscan/test/queue/PageEvent;-><init>(Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {}, Lorg/apkscan/test/queue/Tracker;->get()Lorg/apkscan/test/queue/Tracker;
    move-result-object v1
    invoke-virtual {v1, v0}, Lorg/apkscan/test/queue/Tracker;->log(Lorg/apkscan/test/queue/PageEvent;)V
    :skip
    return-void
.end method
