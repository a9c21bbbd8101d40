.class public Lorg/apkscan/test/jb/Guarded;
.super Ljava/lang/Object;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onPage(Ljava/lang/String;)V
    .registers 5
    .annotation runtime Landroid/webkit/JavascriptInterface;
    .end annotation
    # Tracks pages it is told of outside incognito mode.
    invoke-static {}, Lorg/apkscan/test/jb/App;->isIncognito()Z
    move-result v0
    if-nez v0, :skip
    invoke-virtual {p0, p1}, Lorg/apkscan/test/jb/Guarded;->log(Ljava/lang/String;)V
    :skip
    return-void
.end method

# Not for scripts: nothing calls it.
.method public unused(Ljava/lang/String;)V
    .registers 2
    invoke-virtual {p0, p1}, Lorg/apkscan/test/jb/Guarded;->log(Ljava/lang/String;)V
    return-void
.end method

.method public log(Ljava/lang/String;)V
    .registers 5
    new-instance v0, Landroid/os/Bundle;
    invoke-direct {v0}, Landroid/os/Bundle;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p1}, Landroid/os/Bundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {}, Lcom/google/firebase/analytics/FirebaseAnalytics;->getInstance()Lcom/google/firebase/analytics/FirebaseAnalytics;
    move-result-object v1
    const-string v2, "page"
    invoke-virtual {v1, v2, v0}, Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent(Ljava/lang/String;Landroid/os/Bundle;)V
    return-void
.end method
