.class public Lorg/apkscan/test/message/App;
.super Landroid/app/Application;

# The application makes two Handlers and sends the IMEI to the first as
# the obj of a Message that handler's obtainMessage made.

.field other:Lorg/apkscan/test/message/Sender;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 5
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    new-instance v0, Lorg/apkscan/test/message/Sender;
    invoke-direct {v0}, Lorg/apkscan/test/message/Sender;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/message/App;->other:Lorg/apkscan/test/message/Sender;
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/message/App;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/message/Logger;
    invoke-direct {v1}, Lorg/apkscan/test/message/Logger;-><init>()V
    const/4 v2, 1
    invoke-virtual {v1, v2, v0}, Lorg/apkscan/test/message/Logger;->obtainMessage(ILjava/lang/Object;)Landroid/os/Message;
    move-result-object v3
    invoke-virtual {v3}, Landroid/os/Message;->sendToTarget()V
    return-void
.end method
