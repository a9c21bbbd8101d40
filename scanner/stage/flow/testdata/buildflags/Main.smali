.class public Lorg/apkscan/test/bf/Main;
.super Landroid/app/Activity;

# The IMEI logged under BuildConfig.DEBUG (false: never), under a flag javac
# inlined as a constant (false: never) and under the library's verbose
# switch, which code elsewhere may turn on (a leak), and under a switch the
# app turns on by reflection (a leak).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 7
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
    const-class v2, Lorg/apkscan/test/bf/Config;
    const-string v3, "logIds"
    invoke-virtual {v2, v3}, Ljava/lang/Class;->getDeclaredField(Ljava/lang/String;)Ljava/lang/reflect/Field;
    move-result-object v2
    const/4 v3, 0x0
    const/4 v4, 0x1
    invoke-virtual {v2, v3, v4}, Ljava/lang/reflect/Field;->setBoolean(Ljava/lang/Object;Z)V
    sget-boolean v2, Lorg/apkscan/test/bf/Config;->logIds:Z
    if-eqz v2, :nologs
    invoke-static {v1, v0}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    :nologs
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
