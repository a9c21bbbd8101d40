.class public Lorg/apkscan/test/ow/Main;
.super Landroid/app/Activity;

# The IMEI given to profiles whose id a call then replaces: a setter given
# a constant (nothing logged), a scrubber that clears the id (nothing), a
# setter of another field (a leak), a scrubber that may throw before it
# clears the id, its caller catching that (a leak).

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
    const-string v1, "anonymous"
    const-string v4, "Main"
    new-instance v2, Lorg/apkscan/test/ow/Profile;
    invoke-direct {v2}, Lorg/apkscan/test/ow/Profile;-><init>()V
    invoke-virtual {v2, v0}, Lorg/apkscan/test/ow/Profile;->setId(Ljava/lang/String;)V
    invoke-virtual {v2, v1}, Lorg/apkscan/test/ow/Profile;->setId(Ljava/lang/String;)V
    invoke-virtual {v2}, Lorg/apkscan/test/ow/Profile;->getId()Ljava/lang/String;
    move-result-object v3
    invoke-static {v4, v3}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    new-instance v2, Lorg/apkscan/test/ow/Profile;
    invoke-direct {v2}, Lorg/apkscan/test/ow/Profile;-><init>()V
    invoke-virtual {v2, v0}, Lorg/apkscan/test/ow/Profile;->setId(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/test/ow/Profile;->scrub(Lorg/apkscan/test/ow/Profile;)V
    invoke-virtual {v2}, Lorg/apkscan/test/ow/Profile;->getId()Ljava/lang/String;
    move-result-object v3
    invoke-static {v4, v3}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;)I
    new-instance v2, Lorg/apkscan/test/ow/Profile;
    invoke-direct {v2}, Lorg/apkscan/test/ow/Profile;-><init>()V
    invoke-virtual {v2, v0}, Lorg/apkscan/test/ow/Profile;->setId(Ljava/lang/String;)V
    invoke-virtual {v2, v1}, Lorg/apkscan/test/ow/Profile;->setName(Ljava/lang/String;)V
    invoke-virtual {v2}, Lorg/apkscan/test/ow/Profile;->getId()Ljava/lang/String;
    move-result-object v3
    invoke-static {v4, v3}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    new-instance v2, Lorg/apkscan/test/ow/Profile;
    invoke-direct {v2}, Lorg/apkscan/test/ow/Profile;-><init>()V
    invoke-virtual {v2, v0}, Lorg/apkscan/test/ow/Profile;->setId(Ljava/lang/String;)V
    :try_start
    invoke-virtual {v2}, Lorg/apkscan/test/ow/Profile;->anonymize()V
    :try_end
    .catch Ljava/lang/IllegalStateException; {:try_start .. :try_end} :caught
    return-void
    :caught
    invoke-virtual {v2}, Lorg/apkscan/test/ow/Profile;->getId()Ljava/lang/String;
    move-result-object v3
    invoke-static {v4, v3}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
