.class public Lorg/apkscan/test/li/Main;
.super Landroid/app/Activity;

# Hands the IMEI to its reporter, kept in a field of the interface type.
# The app makes only Warn, whose report logs with Log.w; Error, whose
# report would log with Log.e, is never made, so no call runs it.

.field reporter:Lorg/apkscan/test/li/Reporter;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 3
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lorg/apkscan/test/li/Warn;
    invoke-direct {v0}, Lorg/apkscan/test/li/Warn;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/li/Main;->reporter:Lorg/apkscan/test/li/Reporter;
    invoke-virtual {p0}, Lorg/apkscan/test/li/Main;->send()V
    return-void
.end method

.method send()V
    .registers 3
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    iget-object v1, p0, Lorg/apkscan/test/li/Main;->reporter:Lorg/apkscan/test/li/Reporter;
    invoke-interface {v1, v0}, Lorg/apkscan/test/li/Reporter;->report(Ljava/lang/String;)V
    return-void
.end method
