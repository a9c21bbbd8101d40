.class public final Lorg/apkscan/test/hs/a;
.super Ljava/lang/Object;

# The browser's mode, in fields a shrinker renamed: a MutableStateFlow<Boolean>,
# an AtomicBoolean and an AtomicReference<Boolean>.

.field public static final a:Lkotlinx/coroutines/flow/MutableStateFlow;
.field public static final b:Ljava/util/concurrent/atomic/AtomicBoolean;
.field public static final c:Ljava/util/concurrent/atomic/AtomicReference;
.field public static d:Ljava/util/concurrent/atomic/AtomicReference;

.method static constructor <clinit>()V
    .registers 1
    sget-object v0, Ljava/lang/Boolean;->FALSE:Ljava/lang/Boolean;
    invoke-static {v0}, Lkotlinx/coroutines/flow/StateFlowKt;->MutableStateFlow(Ljava/lang/Object;)Lkotlinx/coroutines/flow/MutableStateFlow;
    move-result-object v0
    sput-object v0, Lorg/apkscan/test/hs/a;->a:Lkotlinx/coroutines/flow/MutableStateFlow;
    new-instance v0, Ljava/util/concurrent/atomic/AtomicBoolean;
    invoke-direct {v0}, Ljava/util/concurrent/atomic/AtomicBoolean;-><init>()V
    sput-object v0, Lorg/apkscan/test/hs/a;->b:Ljava/util/concurrent/atomic/AtomicBoolean;
    new-instance v0, Ljava/util/concurrent/atomic/AtomicReference;
    invoke-direct {v0}, Ljava/util/concurrent/atomic/AtomicReference;-><init>()V
    sput-object v0, Lorg/apkscan/test/hs/a;->c:Ljava/util/concurrent/atomic/AtomicReference;
    return-void
.end method
