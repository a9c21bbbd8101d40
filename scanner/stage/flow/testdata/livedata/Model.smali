.class public Lorg/apkscan/test/live/Model;
.super Ljava/lang/Object;

# A view model: a MutableLiveData of ids, one of names, a
# MutableStateFlow of the current id, and a channel of events that drain
# empties (androidx and kotlinx referenced, not bundled).

.field private final ids:Landroidx/lifecycle/MutableLiveData;
.field private final names:Landroidx/lifecycle/MutableLiveData;
.field private final state:Lkotlinx/coroutines/flow/MutableStateFlow;
.field private final events:Lkotlinx/coroutines/channels/Channel;

.method public constructor <init>()V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    new-instance v0, Landroidx/lifecycle/MutableLiveData;
    invoke-direct {v0}, Landroidx/lifecycle/MutableLiveData;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/live/Model;->ids:Landroidx/lifecycle/MutableLiveData;
    new-instance v0, Landroidx/lifecycle/MutableLiveData;
    invoke-direct {v0}, Landroidx/lifecycle/MutableLiveData;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/live/Model;->names:Landroidx/lifecycle/MutableLiveData;
    const-string v0, ""
    invoke-static {v0}, Lkotlinx/coroutines/flow/StateFlowKt;->MutableStateFlow(Ljava/lang/Object;)Lkotlinx/coroutines/flow/MutableStateFlow;
    move-result-object v0
    iput-object v0, p0, Lorg/apkscan/test/live/Model;->state:Lkotlinx/coroutines/flow/MutableStateFlow;
    const/4 v0, 0
    const/4 v1, 0
    invoke-static {v0, v1, v1, v0, v1}, Lkotlinx/coroutines/channels/ChannelKt;->Channel$default(ILkotlinx/coroutines/channels/BufferOverflow;Lkotlin/jvm/functions/Function1;ILjava/lang/Object;)Lkotlinx/coroutines/channels/Channel;
    move-result-object v0
    iput-object v0, p0, Lorg/apkscan/test/live/Model;->events:Lkotlinx/coroutines/channels/Channel;
    return-void
.end method

.method public getIds()Landroidx/lifecycle/LiveData;
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/live/Model;->ids:Landroidx/lifecycle/MutableLiveData;
    return-object v0
.end method

.method public getNames()Landroidx/lifecycle/LiveData;
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/live/Model;->names:Landroidx/lifecycle/MutableLiveData;
    return-object v0
.end method

.method public getState()Lkotlinx/coroutines/flow/StateFlow;
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/live/Model;->state:Lkotlinx/coroutines/flow/MutableStateFlow;
    return-object v0
.end method

.method public report(Ljava/lang/String;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/live/Model;->ids:Landroidx/lifecycle/MutableLiveData;
    invoke-virtual {v0, p1}, Landroidx/lifecycle/MutableLiveData;->postValue(Ljava/lang/Object;)V
    iget-object v0, p0, Lorg/apkscan/test/live/Model;->names:Landroidx/lifecycle/MutableLiveData;
    const-string v1, "device"
    invoke-virtual {v0, v1}, Landroidx/lifecycle/MutableLiveData;->setValue(Ljava/lang/Object;)V
    iget-object v0, p0, Lorg/apkscan/test/live/Model;->state:Lkotlinx/coroutines/flow/MutableStateFlow;
    invoke-interface {v0, p1}, Lkotlinx/coroutines/flow/MutableStateFlow;->setValue(Ljava/lang/Object;)V
    iget-object v0, p0, Lorg/apkscan/test/live/Model;->events:Lkotlinx/coroutines/channels/Channel;
    invoke-interface {v0, p1}, Lkotlinx/coroutines/channels/Channel;->trySend(Ljava/lang/Object;)Ljava/lang/Object;
    return-void
.end method

.method public drain()V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/live/Model;->events:Lkotlinx/coroutines/channels/Channel;
    invoke-interface {v0}, Lkotlinx/coroutines/channels/Channel;->iterator()Lkotlinx/coroutines/channels/ChannelIterator;
    move-result-object v0
    invoke-interface {v0}, Lkotlinx/coroutines/channels/ChannelIterator;->next()Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Ljava/lang/String;
    const-string v2, "event"
    invoke-static {v2, v1}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
