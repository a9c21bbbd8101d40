.class public Lorg/apkscan/test/bf/Main;
.super Landroid/app/Activity;

# The IMEI logged under BuildConfig.DEBUG (false: never), under a flag javac
# inlined as a constant (false: never) and under the library's verbose
# switch, which code elsewhere may turn on (a leak).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    const-string v1, "app"
    sget-boolean v2, Lorg/apkscan/test/bf/BuildConfig;->DEBUG:Z
    if-eqz v2, :nodebug
    invoke-static {v1, v0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    :nodebug
    invoke-static {v1, v0}, Lorg/apkscan/test/bf/Main;->trace(Ljava/lang/String;Ljava/lang/String;)V
    sget-boolean v2, Lorg/apkscan/test/bf/Sdk;->verbose:Z
    if-eqz v2, :quiet
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    :quiet
    return-void
.end method

# Its own method, where nothing else decides a branch.
.method static trace(Ljava/lang/String;Ljava/lang/String;)V
    .registers 3
    const/4 v0, 0x0
    if-eqz v0, :off
    invoke-static {p0, p1}, Landroid/util/Log;->v(Ljava/lang/String;Ljava/lang/String;)I
    :off
    return-void
.end method
