.class public final Lorg/apkscan/test/svh/Model;
.super Landroidx/lifecycle/ViewModel;

# A view model keeping the mode in its saved state; guarded() tracks a
# page only when `state.get<Boolean>("incognito") == true` is false,
# open() always.

.field private final state:Landroidx/lifecycle/SavedStateHandle;

.method public constructor <init>(Landroidx/lifecycle/SavedStateHandle;)V
    .registers 2
    invoke-direct {p0}, Landroidx/lifecycle/ViewModel;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/svh/Model;->state:Landroidx/lifecycle/SavedStateHandle;
    return-void
.end method

.method public final guarded(Ljava/lang/String;)V
    .registers 5
    sget-object v0, Ljava/lang/Boolean;->TRUE:Ljava/lang/Boolean;
    iget-object v1, p0, Lorg/apkscan/test/svh/Model;->state:Landroidx/lifecycle/SavedStateHandle;
    const-string v2, "incognito"
    invoke-virtual {v1, v2}, Landroidx/lifecycle/SavedStateHandle;->get(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v1
    invoke-static {v0, v1}, Lkotlin/jvm/internal/Intrinsics;->areEqual(Ljava/lang/Object;Ljava/lang/Object;)Z
    move-result v0
    if-nez v0, :skip
    invoke-static {p1}, Lorg/apkscan/test/svh/Model;->track(Ljava/lang/String;)V
    :skip
    return-void
.end method

.method public final open(Ljava/lang/String;)V
    .registers 2
    invoke-static {p1}, Lorg/apkscan/test/svh/Model;->track(Ljava/lang/String;)V
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
