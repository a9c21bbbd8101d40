.class public Lorg/apkscan/test/dcp/Main;
.super Landroid/app/Activity;

# state = state.copy(id = imei) (copy$default, the count kept), then the
# state's id logged.

.field private state:Lorg/apkscan/test/dcp/State;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 8
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    iget-object v0, p0, Lorg/apkscan/test/dcp/Main;->state:Lorg/apkscan/test/dcp/State;
    const/4 v2, 0x0
    const/4 v3, 0x2
    const/4 v4, 0x0
    invoke-static {v0, v1, v2, v3, v4}, Lorg/apkscan/test/dcp/State;->copy$default(Lorg/apkscan/test/dcp/State;Ljava/lang/String;IILjava/lang/Object;)Lorg/apkscan/test/dcp/State;
    move-result-object v0
    iput-object v0, p0, Lorg/apkscan/test/dcp/Main;->state:Lorg/apkscan/test/dcp/State;
    invoke-static {v0}, Lorg/apkscan/test/dcp/Main;->report(Lorg/apkscan/test/dcp/State;)V
    return-void
.end method

.method public static report(Lorg/apkscan/test/dcp/State;)V
    .registers 3
    invoke-virtual {p0}, Lorg/apkscan/test/dcp/State;->getId()Ljava/lang/String;
    move-result-object v0
    const-string v1, "state"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
