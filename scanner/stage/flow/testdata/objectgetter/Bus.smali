.class public final Lorg/apkscan/test/og/Bus;
.super Ljava/lang/Object;

# A Kotlin object holding a StateFlow and a Channel, read through its
# property getters (R8 named them a and b).

.field public static final INSTANCE:Lorg/apkscan/test/og/Bus;
.field private static final flow:Lkotlinx/coroutines/flow/MutableStateFlow;
.field private static final channel:Lkotlinx/coroutines/channels/Channel;

.method static constructor <clinit>()V
    .registers 3
    new-instance v0, Lorg/apkscan/test/og/Bus;
    invoke-direct {v0}, Lorg/apkscan/test/og/Bus;-><init>()V
    sput-object v0, Lorg/apkscan/test/og/Bus;->INSTANCE:Lorg/apkscan/test/og/Bus;
    const-string v0, ""
    invoke-static {v0}, Lkotlinx/coroutines/flow/StateFlowKt;->MutableStateFlow(Ljava/lang/Object;)Lkotlinx/coroutines/flow/MutableStateFlow;
    move-result-object v0
    sput-object v0, Lorg/apkscan/test/og/Bus;->flow:Lkotlinx/coroutines/flow/MutableStateFlow;
    const/4 v0, 0x0
    const/4 v1, 0x0
    const/4 v2, 0x7
    invoke-static {v0, v1, v1, v2, v1}, Lkotlinx/coroutines/channels/ChannelKt;->Channel$default(ILkotlinx/coroutines/channels/BufferOverflow;Lkotlin/jvm/functions/Function1;ILjava/lang/Object;)Lkotlinx/coroutines/channels/Channel;
    move-result-object v0
    sput-object v0, Lorg/apkscan/test/og/Bus;->channel:Lkotlinx/coroutines/channels/Channel;
    return-void
.end method

.method private constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public final a()Lkotlinx/coroutines/flow/MutableStateFlow;
    .registers 2
    sget-object v0, Lorg/apkscan/test/og/Bus;->flow:Lkotlinx/coroutines/flow/MutableStateFlow;
    return-object v0
.end method

.method public final b()Lkotlinx/coroutines/channels/Channel;
    .registers 2
    sget-object v0, Lorg/apkscan/test/og/Bus;->channel:Lkotlinx/coroutines/channels/Channel;
    return-object v0
.end method
