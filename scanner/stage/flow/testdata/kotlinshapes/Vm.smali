.class public final Lorg/apkscan/test/ks/Vm;
.super Landroidx/lifecycle/ViewModel;

# A view model: ViewModelProvider makes it by reflection, and its init
# block logs the Android ID.

.method public constructor <init>()V
    .registers 3
    invoke-direct {p0}, Landroidx/lifecycle/ViewModel;-><init>()V
    sget-object v0, Lorg/apkscan/test/ks/App;->resolver:Landroid/content/ContentResolver;
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "ks"
    invoke-static {v1, v0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
