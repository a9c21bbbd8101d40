.class public Lorg/apkscan/test/message/App;
.super Landroid/app/Application;

# The application makes three Handlers and sends the IMEI to two of them
# as the obj of a Message their obtainMessage made: Logger, whose class
# the code shows, and its own anonymous Handler, kept in a field typed
# Handler. Sender, another class's Handler, gets no message.

.field other:Lorg/apkscan/test/message/Sender;
.field h:Landroid/os/Handler;

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
    new-instance v1, Lorg/apkscan/test/message/App$1;
    invoke-direct {v1, p0}, Lorg/apkscan/test/message/App$1;-><init>(Lorg/apkscan/test/message/App;)V
    iput-object v1, p0, Lorg/apkscan/test/message/App;->h:Landroid/os/Handler;
    invoke-virtual {p0, v0}, Lorg/apkscan/test/message/App;->send(Ljava/lang/String;)V
    return-void
.end method

.method send(Ljava/lang/String;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/message/App;->h:Landroid/os/Handler;
    const/4 v1, 2
    invoke-virtual {v0, v1, p1}, Landroid/os/Handler;->obtainMessage(ILjava/lang/Object;)Landroid/os/Message;
    move-result-object v0
    invoke-virtual {v0}, Landroid/os/Message;->sendToTarget()V
    return-void
.end method
