.class public Lorg/apkscan/test/shf/App;
.super Landroid/app/Activity;

# A view model's events as a Kotlin SharedFlow: the IMEI emitted into it
# reaches the collector of the flow its accessor gives.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lorg/apkscan/test/shf/Model;
    invoke-direct {v0}, Lorg/apkscan/test/shf/Model;-><init>()V
    invoke-virtual {v0}, Lorg/apkscan/test/shf/Model;->getEvents()Lkotlinx/coroutines/flow/SharedFlow;
    move-result-object v1
    new-instance v2, Lorg/apkscan/test/shf/Collector;
    invoke-direct {v2}, Lorg/apkscan/test/shf/Collector;-><init>()V
    const/4 v3, 0
    invoke-interface {v1, v2, v3}, Lkotlinx/coroutines/flow/SharedFlow;->collect(Lkotlinx/coroutines/flow/FlowCollector;Lkotlin/coroutines/Continuation;)Ljava/lang/Object;
    const-string v1, "phone"
    invoke-virtual {p0, v1}, Lorg/apkscan/test/shf/App;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Landroid/telephony/TelephonyManager;
    invoke-virtual {v1}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v0, v1}, Lorg/apkscan/test/shf/Model;->report(Ljava/lang/String;)V
    return-void
.end method
