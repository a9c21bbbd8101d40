.class public final Lorg/apkscan/test/vf/Model;
.super Landroidx/lifecycle/ViewModel;

# A view model made by its factory with the mode (R8 named the field
# a); guarded() tracks a page only outside incognito mode, open() always.

.field private final a:Z

.method public constructor <init>(Z)V
    .registers 2
    invoke-direct {p0}, Landroidx/lifecycle/ViewModel;-><init>()V
    iput-boolean p1, p0, Lorg/apkscan/test/vf/Model;->a:Z
    return-void
.end method

.method public final guarded(Ljava/lang/String;)V
    .registers 3
    iget-boolean v0, p0, Lorg/apkscan/test/vf/Model;->a:Z
    if-nez v0, :skip
    invoke-static {p1}, Lorg/apkscan/test/vf/Model;->track(Ljava/lang/String;)V
    :skip
    return-void
.end method

.method public final open(Ljava/lang/String;)V
    .registers 2
    invoke-static {p1}, Lorg/apkscan/test/vf/Model;->track(Ljava/lang/String;)V
    return-void
.end method

.method private static track(Ljava/lang/String;)V
    .registers 4
    new-instance v0, Landroid/os/Bundle;
    invoke-direct {v0}, Landroid/os/Bundle;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p0}, Landroid/os/Bundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {}, Lcom/google/firebase/analytics/FirebaseAnalytics;->getInstance()Lcom/google/firebase/analytics/FirebaseAnalytics;
    move-result-object v1
    const-string v2, "page"
    invoke-virtual {v1, v2, v0}, Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent(Ljava/lang/String;Landroid/os/Bundle;)V
    return-void
.end method
