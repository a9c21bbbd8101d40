.class Lorg/apkscan/test/ord/Main$1;
.super Ljava/lang/Object;
.implements Landroid/view/View$OnClickListener;

.field final synthetic this$0:Lorg/apkscan/test/ord/Main;

.method constructor <init>(Lorg/apkscan/test/ord/Main;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/ord/Main$1;->this$0:Lorg/apkscan/test/ord/Main;
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onClick(Landroid/view/View;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/ord/Main$1;->this$0:Lorg/apkscan/test/ord/Main;
    const-string v1, "phone"
    invoke-virtual {v0, v1}, Lorg/apkscan/test/ord/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Landroid/telephony/TelephonyManager;
    invoke-virtual {v1}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    iput-object v1, v0, Lorg/apkscan/test/ord/Main;->f:Ljava/lang/String;
    return-void
.end method
