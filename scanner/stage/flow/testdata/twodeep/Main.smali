.class public Lorg/apkscan/test/two/Main;

# A user made with the device id as its password keeps it two objects
# deep: its constructor makes a Password holding it. Reading it back
# through both getters (user.getPwd().getPassword()) is the device id.
.super Landroid/app/Activity;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/two/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/two/User;
    const-string v2, "me"
    invoke-direct {v1, v2, v0}, Lorg/apkscan/test/two/User;-><init>(Ljava/lang/String;Ljava/lang/String;)V
    invoke-virtual {v1}, Lorg/apkscan/test/two/User;->getPwd()Lorg/apkscan/test/two/Password;
    move-result-object v2
    invoke-virtual {v2}, Lorg/apkscan/test/two/Password;->getPassword()Ljava/lang/String;
    move-result-object v2
    const-string v3, "two"
    invoke-static {v3, v2}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
