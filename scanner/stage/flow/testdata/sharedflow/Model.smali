.class public Lorg/apkscan/test/shf/Model;
.super Ljava/lang/Object;

.field private final events:Lkotlinx/coroutines/flow/MutableSharedFlow;

.method public constructor <init>()V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    const/4 v0, 0
    const/4 v1, 0
    invoke-static {v0, v0, v1, v0, v1}, Lkotlinx/coroutines/flow/SharedFlowKt;->MutableSharedFlow$default(IILkotlinx/coroutines/channels/BufferOverflow;ILjava/lang/Object;)Lkotlinx/coroutines/flow/MutableSharedFlow;
    move-result-object v0
    iput-object v0, p0, Lorg/apkscan/test/shf/Model;->events:Lkotlinx/coroutines/flow/MutableSharedFlow;
    return-void
.end method

.method public getEvents()Lkotlinx/coroutines/flow/SharedFlow;
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/shf/Model;->events:Lkotlinx/coroutines/flow/MutableSharedFlow;
    return-object v0
.end method

.method public report(Ljava/lang/String;)V
    .registers 3
    iget-object v0, p0, Lorg/apkscan/test/shf/Model;->events:Lkotlinx/coroutines/flow/MutableSharedFlow;
    invoke-interface {v0, p1}, Lkotlinx/coroutines/flow/MutableSharedFlow;->tryEmit(Ljava/lang/Object;)Z
    return-void
.end method
