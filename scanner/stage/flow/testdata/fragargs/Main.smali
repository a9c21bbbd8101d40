.class public Lorg/apkscan/test/fa/Main;
.super Landroid/app/Activity;

# The device id goes to the app's Details fragment as an argument (its
# factory sets the Bundle); Other, made beside it with no arguments,
# reads the same key but gets nothing.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/fa/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    invoke-static {v0}, Lorg/apkscan/test/fa/Details;->newInstance(Ljava/lang/String;)Lorg/apkscan/test/fa/Details;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/fa/Other;
    invoke-direct {v1}, Lorg/apkscan/test/fa/Other;-><init>()V
    return-void
.end method
