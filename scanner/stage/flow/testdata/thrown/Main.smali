.class public Lorg/apkscan/test/th/Main;
.super Landroid/app/Activity;

# Exceptions thrown in callees and caught here: Check.id throws an
# exception made with the IMEI it is given, whose message is logged with
# Log.i; Check.keep throws Failure holding the IMEI in a field, which is
# logged with Log.w; Check.fail throws one made with a constant, whose
# message Log.e logs: no data.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    const-string v2, "th"
    :try1
    invoke-static {v0}, Lorg/apkscan/test/th/Check;->id(Ljava/lang/String;)V
    :try1end
    goto :second
    :catch1
    move-exception v1
    invoke-virtual {v1}, Ljava/lang/Throwable;->getMessage()Ljava/lang/String;
    move-result-object v1
    invoke-static {v2, v1}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    :second
    :try2
    invoke-static {v0}, Lorg/apkscan/test/th/Check;->keep(Ljava/lang/String;)V
    :try2end
    goto :third
    :catch2
    move-exception v1
    iget-object v1, v1, Lorg/apkscan/test/th/Failure;->what:Ljava/lang/String;
    invoke-static {v2, v1}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    :third
    :try3
    invoke-static {}, Lorg/apkscan/test/th/Check;->fail()V
    :try3end
    goto :done
    :catch3
    move-exception v1
    invoke-virtual {v1}, Ljava/lang/Throwable;->getMessage()Ljava/lang/String;
    move-result-object v1
    invoke-static {v2, v1}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;)I
    :done
    return-void
    .catch Ljava/lang/RuntimeException; {:try1 .. :try1end} :catch1
    .catch Lorg/apkscan/test/th/Failure; {:try2 .. :try2end} :catch2
    .catch Ljava/lang/IllegalStateException; {:try3 .. :try3end} :catch3
.end method
