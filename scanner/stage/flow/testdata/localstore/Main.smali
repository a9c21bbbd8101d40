.class public Lorg/apkscan/test/lst/Main;
.super Landroid/app/Activity;

# onCreate keeps the IMEI in a field and a static field, and logs the
# fields it just stored. onPause logs the field; onDestroy clears both just
# before it logs them: what it logs is what it stored, whatever the fields
# held before.

.field private id:Ljava/lang/String;
.field private static last:Ljava/lang/String;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    iput-object v0, p0, Lorg/apkscan/test/lst/Main;->id:Ljava/lang/String;
    sput-object v0, Lorg/apkscan/test/lst/Main;->last:Ljava/lang/String;
    iget-object v1, p0, Lorg/apkscan/test/lst/Main;->id:Ljava/lang/String;
    sget-object v2, Lorg/apkscan/test/lst/Main;->last:Ljava/lang/String;
    const-string v0, "lst"
    invoke-static {v0, v1}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    invoke-static {v0, v2}, Landroid/util/Log;->v(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method protected onPause()V
    .registers 3
    invoke-super {p0}, Landroid/app/Activity;->onPause()V
    iget-object v0, p0, Lorg/apkscan/test/lst/Main;->id:Ljava/lang/String;
    const-string v1, "lst"
    invoke-static {v1, v0}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method protected onDestroy()V
    .registers 5
    invoke-super {p0}, Landroid/app/Activity;->onDestroy()V
    const-string v0, ""
    iput-object v0, p0, Lorg/apkscan/test/lst/Main;->id:Ljava/lang/String;
    sput-object v0, Lorg/apkscan/test/lst/Main;->last:Ljava/lang/String;
    iget-object v2, p0, Lorg/apkscan/test/lst/Main;->id:Ljava/lang/String;
    sget-object v3, Lorg/apkscan/test/lst/Main;->last:Ljava/lang/String;
    const-string v1, "lst"
    invoke-static {v1, v2}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    invoke-static {v1, v3}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
