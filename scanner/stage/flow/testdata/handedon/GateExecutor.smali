.class public Lorg/apkscan/test/ho/GateExecutor;
.super Ljava/lang/Object;
.implements Ljava/util/concurrent/Executor;

# Runs what it is given on a pool, except in incognito mode.

.field private final pool:Ljava/util/concurrent/Executor;

.method public constructor <init>()V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    invoke-static {}, Ljava/util/concurrent/Executors;->newSingleThreadExecutor()Ljava/util/concurrent/ExecutorService;
    move-result-object v0
    iput-object v0, p0, Lorg/apkscan/test/ho/GateExecutor;->pool:Ljava/util/concurrent/Executor;
    return-void
.end method

.method public execute(Ljava/lang/Runnable;)V
    .registers 3
    sget-boolean v0, Lorg/apkscan/test/ho/App;->incognito:Z
    if-eqz v0, :run
    return-void
    :run
    iget-object v0, p0, Lorg/apkscan/test/ho/GateExecutor;->pool:Ljava/util/concurrent/Executor;
    invoke-interface {v0, p1}, Ljava/util/concurrent/Executor;->execute(Ljava/lang/Runnable;)V
    return-void
.end method
