.class public Lorg/apkscan/test/bus/Stats;
.super Ljava/lang/Object;

# Subscribers: the bus runs onId for an IdEvent. onOther takes another
# event type, and report is no subscriber: neither gets the IdEvent.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onId(Lorg/apkscan/test/bus/IdEvent;)V
    .registers 4
    .annotation runtime Lorg/greenrobot/eventbus/Subscribe;
    .end annotation
    iget-object v0, p1, Lorg/apkscan/test/bus/IdEvent;->id:Ljava/lang/String;
    const-string v1, "stats"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method public onOther(Lorg/apkscan/test/bus/OtherEvent;)V
    .registers 8
    .annotation runtime Lorg/greenrobot/eventbus/Subscribe;
    .end annotation
    iget-object v3, p1, Lorg/apkscan/test/bus/OtherEvent;->id:Ljava/lang/String;
    invoke-static {}, Landroid/telephony/SmsManager;->getDefault()Landroid/telephony/SmsManager;
    move-result-object v0
    const-string v1, "+49 1234"
    const/4 v2, 0
    const/4 v4, 0
    const/4 v5, 0
    invoke-virtual/range {v0 .. v5}, Landroid/telephony/SmsManager;->sendTextMessage(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Landroid/app/PendingIntent;Landroid/app/PendingIntent;)V
    return-void
.end method

.method public report(Lorg/apkscan/test/bus/IdEvent;)V
    .registers 8
    iget-object v3, p1, Lorg/apkscan/test/bus/IdEvent;->id:Ljava/lang/String;
    invoke-static {}, Landroid/telephony/SmsManager;->getDefault()Landroid/telephony/SmsManager;
    move-result-object v0
    const-string v1, "+49 1234"
    const/4 v2, 0
    const/4 v4, 0
    const/4 v5, 0
    invoke-virtual/range {v0 .. v5}, Landroid/telephony/SmsManager;->sendTextMessage(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Landroid/app/PendingIntent;Landroid/app/PendingIntent;)V
    return-void
.end method
