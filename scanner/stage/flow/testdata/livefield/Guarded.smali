.class public Lorg/apkscan/test/lf/Guarded;
.super Ljava/lang/Object;
.implements Landroidx/lifecycle/Observer;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onChanged(Ljava/lang/Object;)V
    .registers 5
    # Tracks pages seen outside incognito mode.
    invoke-static {}, Lorg/apkscan/test/lf/App;->isIncognito()Z
    move-result v0
    if-nez v0, :skip
    check-cast p1, Ljava/lang/String;
    new-instance v0, Landroid/os/Bundle;
    invoke-direct {v0}, Landroid/os/Bundle;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p1}, Landroid/os/Bundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {}, Lcom/google/firebase/analytics/FirebaseAnalytics;->getInstance()Lcom/google/firebase/analytics/FirebaseAnalytics;
    move-result-object v1
    const-string v2, "page"
    invoke-virtual {v1, v2, v0}, Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent(Ljava/lang/String;Landroid/os/Bundle;)V
    :skip
    return-void
.end method
