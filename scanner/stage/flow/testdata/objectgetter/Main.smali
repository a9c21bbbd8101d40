.class public Lorg/apkscan/test/og/Main;
.super Landroid/app/Activity;

# Puts the IMEI on the object's StateFlow and sends it on its Channel,
# each through the property's getter; Collector and the drain loop log
# what they get.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    sget-object v1, Lorg/apkscan/test/og/Bus;->INSTANCE:Lorg/apkscan/test/og/Bus;
    invoke-virtual {v1}, Lorg/apkscan/test/og/Bus;->a()Lkotlinx/coroutines/flow/MutableStateFlow;
    move-result-object v2
    invoke-interface {v2, v0}, Lkotlinx/coroutines/flow/MutableStateFlow;->setValue(Ljava/lang/Object;)V
    invoke-virtual {v1}, Lorg/apkscan/test/og/Bus;->b()Lkotlinx/coroutines/channels/Channel;
    move-result-object v2
    invoke-interface {v2, v0}, Lkotlinx/coroutines/channels/Channel;->trySend-JP2dKIU(Ljava/lang/Object;)Ljava/lang/Object;
    return-void
.end method

.method public onStart()V
    .registers 5
    invoke-super {p0}, Landroid/app/Activity;->onStart()V
    sget-object v0, Lorg/apkscan/test/og/Bus;->INSTANCE:Lorg/apkscan/test/og/Bus;
    invoke-virtual {v0}, Lorg/apkscan/test/og/Bus;->a()Lkotlinx/coroutines/flow/MutableStateFlow;
    move-result-object v1
    new-instance v2, Lorg/apkscan/test/og/Collector;
    invoke-direct {v2}, Lorg/apkscan/test/og/Collector;-><init>()V
    const/4 v3, 0x0
    invoke-interface {v1, v2, v3}, Lkotlinx/coroutines/flow/MutableStateFlow;->collect(Lkotlinx/coroutines/flow/FlowCollector;Lkotlin/coroutines/Continuation;)Ljava/lang/Object;
    invoke-virtual {v0}, Lorg/apkscan/test/og/Bus;->b()Lkotlinx/coroutines/channels/Channel;
    move-result-object v1
    invoke-interface {v1, v3}, Lkotlinx/coroutines/channels/Channel;->receive(Lkotlin/coroutines/Continuation;)Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Ljava/lang/String;
    const-string v2, "drain"
    invoke-static {v2, v1}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
