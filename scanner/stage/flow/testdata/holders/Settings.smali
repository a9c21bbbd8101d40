.class public Lorg/apkscan/test/ho/Settings;
.super Ljava/lang/Object;

# The browser's private mode kept in holders: an AtomicBoolean field, and
# a StateFlow a getter hands out (kotlinx referenced, not bundled).

.field public static final incognito:Ljava/util/concurrent/atomic/AtomicBoolean;
.field private static final privateMode:Lkotlinx/coroutines/flow/MutableStateFlow;

.method static constructor <clinit>()V
    .registers 2
    new-instance v0, Ljava/util/concurrent/atomic/AtomicBoolean;
    invoke-direct {v0}, Ljava/util/concurrent/atomic/AtomicBoolean;-><init>()V
    sput-object v0, Lorg/apkscan/test/ho/Settings;->incognito:Ljava/util/concurrent/atomic/AtomicBoolean;
    sget-object v0, Ljava/lang/Boolean;->FALSE:Ljava/lang/Boolean;
    invoke-static {v0}, Lkotlinx/coroutines/flow/StateFlowKt;->MutableStateFlow(Ljava/lang/Object;)Lkotlinx/coroutines/flow/MutableStateFlow;
    move-result-object v0
    sput-object v0, Lorg/apkscan/test/ho/Settings;->privateMode:Lkotlinx/coroutines/flow/MutableStateFlow;
    return-void
.end method

.method public static getPrivateMode()Lkotlinx/coroutines/flow/StateFlow;
    .registers 1
    sget-object v0, Lorg/apkscan/test/ho/Settings;->privateMode:Lkotlinx/coroutines/flow/MutableStateFlow;
    return-object v0
.end method
