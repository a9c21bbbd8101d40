.class public Lorg/apkscan/test/live/App;
.super Landroid/app/Application;

# The application observes its model's holders, then gives the model the
# IMEI: the ids LiveData and the state StateFlow carry it to their
# observer and collector, and a channel to its drain; the names LiveData
# only ever holds a constant.

.field private model:Lorg/apkscan/test/live/Model;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 5
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    new-instance v0, Lorg/apkscan/test/live/Model;
    invoke-direct {v0}, Lorg/apkscan/test/live/Model;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/live/App;->model:Lorg/apkscan/test/live/Model;
    const/4 v3, 0
    invoke-virtual {v0}, Lorg/apkscan/test/live/Model;->getIds()Landroidx/lifecycle/LiveData;
    move-result-object v1
    new-instance v2, Lorg/apkscan/test/live/IdObserver;
    invoke-direct {v2}, Lorg/apkscan/test/live/IdObserver;-><init>()V
    invoke-virtual {v1, v3, v2}, Landroidx/lifecycle/LiveData;->observe(Landroidx/lifecycle/LifecycleOwner;Landroidx/lifecycle/Observer;)V
    invoke-virtual {v0}, Lorg/apkscan/test/live/Model;->getNames()Landroidx/lifecycle/LiveData;
    move-result-object v1
    new-instance v2, Lorg/apkscan/test/live/NameObserver;
    invoke-direct {v2}, Lorg/apkscan/test/live/NameObserver;-><init>()V
    invoke-virtual {v1, v2}, Landroidx/lifecycle/LiveData;->observeForever(Landroidx/lifecycle/Observer;)V
    invoke-virtual {v0}, Lorg/apkscan/test/live/Model;->getState()Lkotlinx/coroutines/flow/StateFlow;
    move-result-object v1
    new-instance v2, Lorg/apkscan/test/live/Collector;
    invoke-direct {v2}, Lorg/apkscan/test/live/Collector;-><init>()V
    invoke-interface {v1, v2, v3}, Lkotlinx/coroutines/flow/StateFlow;->collect(Lkotlinx/coroutines/flow/FlowCollector;Lkotlin/coroutines/Continuation;)Ljava/lang/Object;
    const-string v1, "phone"
    invoke-virtual {p0, v1}, Lorg/apkscan/test/live/App;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Landroid/telephony/TelephonyManager;
    invoke-virtual {v1}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v0, v1}, Lorg/apkscan/test/live/Model;->report(Ljava/lang/String;)V
    invoke-virtual {v0}, Lorg/apkscan/test/live/Model;->drain()V
    return-void
.end method
