.class public Lorg/apkscan/test/shf/Collector;
.super Ljava/lang/Object;
.implements Lkotlinx/coroutines/flow/FlowCollector;

# Logs each state value the flow emits.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public emit(Ljava/lang/Object;Lkotlin/coroutines/Continuation;)Ljava/lang/Object;
    .registers 5
    check-cast p1, Ljava/lang/String;
    const-string v0, "state"
    invoke-static {v0, p1}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    sget-object v0, Lkotlin/Unit;->INSTANCE:Lkotlin/Unit;
    return-object v0
.end method
