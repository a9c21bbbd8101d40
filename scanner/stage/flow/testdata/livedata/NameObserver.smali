.class public Lorg/apkscan/test/live/NameObserver;
.super Ljava/lang/Object;
.implements Landroidx/lifecycle/Observer;

# Texts each name it is given (a constant: no leak).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onChanged(Ljava/lang/Object;)V
    .registers 8
    check-cast p1, Ljava/lang/String;
    move-object v3, p1
    invoke-static {}, Landroid/telephony/SmsManager;->getDefault()Landroid/telephony/SmsManager;
    move-result-object v0
    const-string v1, "+49 1234"
    const/4 v2, 0
    const/4 v4, 0
    const/4 v5, 0
    invoke-virtual/range {v0 .. v5}, Landroid/telephony/SmsManager;->sendTextMessage(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Landroid/app/PendingIntent;Landroid/app/PendingIntent;)V
    return-void
.end method
