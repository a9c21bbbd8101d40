.class public Lorg/apkscan/test/message/Sender;
.super Landroid/os/Handler;

# Texts the obj of each message: no message of the IMEI is sent to it.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/os/Handler;-><init>()V
    return-void
.end method

.method public handleMessage(Landroid/os/Message;)V
    .registers 8
    iget-object v0, p1, Landroid/os/Message;->obj:Ljava/lang/Object;
    invoke-static {v0}, Ljava/lang/String;->valueOf(Ljava/lang/Object;)Ljava/lang/String;
    move-result-object v3
    invoke-static {}, Landroid/telephony/SmsManager;->getDefault()Landroid/telephony/SmsManager;
    move-result-object v0
    const-string v1, "+49 1234"
    const/4 v2, 0
    const/4 v4, 0
    const/4 v5, 0
    invoke-virtual/range {v0 .. v5}, Landroid/telephony/SmsManager;->sendTextMessage(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Landroid/app/PendingIntent;Landroid/app/PendingIntent;)V
    return-void
.end method
