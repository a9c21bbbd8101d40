.class public Lorg/apkscan/test/pr/Main;
.super Landroid/app/Activity;

# Objects holding the IMEI appended to log lines: a Session prints it
# with its toString (a leak); a Plain object has none of its own and
# prints its class and hash (nothing), with String.valueOf too; a Named
# one prints its constant name (nothing); a Device's toString leaves its
# id out (nothing), a Staff device's, returned as a Device, prints it (a
# leak).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/pr/Session;
    invoke-direct {v1, v0}, Lorg/apkscan/test/pr/Session;-><init>(Ljava/lang/String;)V
    new-instance v2, Ljava/lang/StringBuilder;
    const-string v3, "session "
    invoke-direct {v2, v3}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v2, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/Object;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v2
    const-string v3, "Main"
    invoke-static {v3, v2}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    new-instance v1, Lorg/apkscan/test/pr/Plain;
    invoke-direct {v1, v0}, Lorg/apkscan/test/pr/Plain;-><init>(Ljava/lang/String;)V
    new-instance v2, Ljava/lang/StringBuilder;
    const-string v4, "plain "
    invoke-direct {v2, v4}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v2, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/Object;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v2
    invoke-static {v3, v2}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    invoke-static {v1}, Ljava/lang/String;->valueOf(Ljava/lang/Object;)Ljava/lang/String;
    move-result-object v2
    invoke-static {v3, v2}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    new-instance v1, Lorg/apkscan/test/pr/Named;
    invoke-direct {v1, v0}, Lorg/apkscan/test/pr/Named;-><init>(Ljava/lang/String;)V
    new-instance v2, Ljava/lang/StringBuilder;
    invoke-direct {v2, v4}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v2, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/Object;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v2
    invoke-static {v3, v2}, Landroid/util/Log;->v(Ljava/lang/String;Ljava/lang/String;)I
    new-instance v1, Lorg/apkscan/test/pr/Device;
    invoke-direct {v1, v0}, Lorg/apkscan/test/pr/Device;-><init>(Ljava/lang/String;)V
    new-instance v2, Ljava/lang/StringBuilder;
    invoke-direct {v2, v4}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v2, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/Object;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v2
    invoke-static {v3, v2}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;)I
    invoke-static {v0}, Lorg/apkscan/test/pr/Main;->device(Ljava/lang/String;)Lorg/apkscan/test/pr/Device;
    move-result-object v1
    new-instance v2, Ljava/lang/StringBuilder;
    invoke-direct {v2, v4}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v2, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/Object;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v2
    invoke-static {v3, v2}, Landroid/util/Log;->wtf(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

# The device of a staff member: a Device whose toString prints its id.
.method static device(Ljava/lang/String;)Lorg/apkscan/test/pr/Device;
    .registers 2
    new-instance v0, Lorg/apkscan/test/pr/Staff;
    invoke-direct {v0, p0}, Lorg/apkscan/test/pr/Staff;-><init>(Ljava/lang/String;)V
    return-object v0
.end method
