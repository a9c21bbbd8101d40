.class public Lorg/apkscan/test/nt/Main;
.super Landroid/app/Activity;

# After the device id is read, onCreate's try block runs code that cannot
# throw (an array of a constant size, read at a constant index inside
# it): its handler, which logs the id, never runs. onResume's try block
# parses a number, which may throw: its handler logs the id.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method private id()Ljava/lang/String;
    .registers 2
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/nt/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, ""
    :try_start
    invoke-direct {p0}, Lorg/apkscan/test/nt/Main;->id()Ljava/lang/String;
    move-result-object v0
    const/16 v1, 0x2a
    new-array v1, v1, [I
    const/16 v2, 0x20
    aget v3, v1, v2
    if-lez v3, :done
    const-string v0, ""
    :try_end
    .catch Ljava/lang/RuntimeException; {:try_start .. :try_end} :handler
    :done
    return-void
    :handler
    move-exception v1
    const-string v2, "nt"
    invoke-static {v2, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method protected onResume()V
    .registers 5
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    const-string v0, ""
    :try_start
    invoke-direct {p0}, Lorg/apkscan/test/nt/Main;->id()Ljava/lang/String;
    move-result-object v0
    const-string v1, "42"
    invoke-static {v1}, Ljava/lang/Integer;->parseInt(Ljava/lang/String;)I
    move-result v1
    :try_end
    .catch Ljava/lang/RuntimeException; {:try_start .. :try_end} :handler
    return-void
    :handler
    move-exception v1
    const-string v2, "nt"
    invoke-static {v2, v0}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
