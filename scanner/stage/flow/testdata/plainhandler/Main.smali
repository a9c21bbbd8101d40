.class public Lorg/apkscan/test/ph/Main;
.super Landroid/app/Activity;

# Two handlers: the app's Reporter, given the Android ID, and a plain
# framework Handler just made, given the IMEI. Only Reporter's
# handleMessage logs what it is sent: the IMEI goes to the framework's.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Landroid/app/Activity;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/ph/Reporter;
    invoke-direct {v1}, Lorg/apkscan/test/ph/Reporter;-><init>()V
    invoke-static {}, Landroid/os/Message;->obtain()Landroid/os/Message;
    move-result-object v2
    iput-object v0, v2, Landroid/os/Message;->obj:Ljava/lang/Object;
    invoke-virtual {v1, v2}, Landroid/os/Handler;->sendMessage(Landroid/os/Message;)Z
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Landroid/os/Handler;
    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;
    move-result-object v3
    invoke-direct {v1, v3}, Landroid/os/Handler;-><init>(Landroid/os/Looper;)V
    invoke-static {}, Landroid/os/Message;->obtain()Landroid/os/Message;
    move-result-object v2
    iput-object v0, v2, Landroid/os/Message;->obj:Ljava/lang/Object;
    invoke-virtual {v1, v2}, Landroid/os/Handler;->sendMessage(Landroid/os/Message;)Z
    return-void
.end method
