.class public Lorg/apkscan/test/cs/Main;
.super Landroid/app/Activity;

# An app whose minSdkVersion is 21. Code for older devices never runs:
# the IMEI logged under SDK_INT < 21 with Log.d is, under SDK_INT >= 26
# with Log.i not known to be; the reporter picked under SDK_INT < 19
# (Legacy, Log.e) never exists, the other (Modern, Log.w) does.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-static {p0}, Lorg/apkscan/test/cs/Main;->imei(Landroid/content/Context;)Ljava/lang/String;
    move-result-object v0
    sget v1, Landroid/os/Build$VERSION;->SDK_INT:I
    const/16 v2, 0x15
    if-ge v1, v2, :new
    const-string v2, "id"
    invoke-static {v2, v0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    :new
    const/16 v2, 0x1a
    if-lt v1, v2, :pick
    const-string v2, "id"
    invoke-static {v2, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    :pick
    invoke-static {}, Lorg/apkscan/test/cs/Main;->pick()Lorg/apkscan/test/cs/Reporter;
    move-result-object v1
    invoke-interface {v1, p0}, Lorg/apkscan/test/cs/Reporter;->report(Landroid/content/Context;)V
    return-void
.end method

.method static imei(Landroid/content/Context;)Ljava/lang/String;
    .registers 2
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

.method static pick()Lorg/apkscan/test/cs/Reporter;
    .registers 2
    sget v0, Landroid/os/Build$VERSION;->SDK_INT:I
    const/16 v1, 0x13
    if-ge v0, v1, :modern
    new-instance v0, Lorg/apkscan/test/cs/Legacy;
    invoke-direct {v0}, Lorg/apkscan/test/cs/Legacy;-><init>()V
    return-object v0
    :modern
    new-instance v0, Lorg/apkscan/test/cs/Modern;
    invoke-direct {v0}, Lorg/apkscan/test/cs/Modern;-><init>()V
    return-object v0
.end method
