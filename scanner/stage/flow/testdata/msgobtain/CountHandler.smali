.class public Lorg/apkscan/test/mo/CountHandler;
.super Landroid/os/Handler;

# Counts the page a message carries in an analytics SDK.

.method public constructor <init>(Landroid/os/Looper;)V
    .registers 2
    invoke-direct {p0, p1}, Landroid/os/Handler;-><init>(Landroid/os/Looper;)V
    return-void
.end method

.method public handleMessage(Landroid/os/Message;)V
    .registers 6
    iget v0, p1, Landroid/os/Message;->arg1:I
    if-eqz v0, :skip
    iget-object v2, p1, Landroid/os/Message;->obj:Ljava/lang/Object;
    check-cast v2, Ljava/lang/String;
    new-instance v0, Landroid/os/Bundle;
    invoke-direct {v0}, Landroid/os/Bundle;-><init>()V
    const-string v1, "u"
    invoke-virtual {v0, v1, v2}, Landroid/os/Bundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    const/4 v1, 0
    invoke-static {v1}, Lcom/google/firebase/analytics/FirebaseAnalytics;->getInstance(Landroid/content/Context;)Lcom/google/firebase/analytics/FirebaseAnalytics;
    move-result-object v1
    const-string v3, "page"
    invoke-virtual {v1, v3, v0}, Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent(Ljava/lang/String;Landroid/os/Bundle;)V
    :skip
    return-void
.end method
