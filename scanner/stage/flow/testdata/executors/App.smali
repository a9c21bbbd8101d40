.class public Lorg/apkscan/test/ex/App;
.super Landroid/app/Application;

# The IMEI handed to a ThreadPoolExecutor's submit, a
# ScheduledThreadPoolExecutor's schedule and Kotlin's thread { }.

.field static pool:Ljava/util/concurrent/ThreadPoolExecutor;
.field static timer:Ljava/util/concurrent/ScheduledThreadPoolExecutor;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 14
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/ex/App;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    sget-object v1, Lorg/apkscan/test/ex/App;->pool:Ljava/util/concurrent/ThreadPoolExecutor;
    new-instance v2, Lorg/apkscan/test/ex/Submitted;
    invoke-direct {v2, v0}, Lorg/apkscan/test/ex/Submitted;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1, v2}, Ljava/util/concurrent/ThreadPoolExecutor;->submit(Ljava/lang/Runnable;)Ljava/util/concurrent/Future;
    sget-object v1, Lorg/apkscan/test/ex/App;->timer:Ljava/util/concurrent/ScheduledThreadPoolExecutor;
    new-instance v2, Lorg/apkscan/test/ex/Scheduled;
    invoke-direct {v2, v0}, Lorg/apkscan/test/ex/Scheduled;-><init>(Ljava/lang/String;)V
    const-wide/16 v3, 10
    sget-object v5, Ljava/util/concurrent/TimeUnit;->SECONDS:Ljava/util/concurrent/TimeUnit;
    invoke-virtual/range {v1 .. v5}, Ljava/util/concurrent/ScheduledThreadPoolExecutor;->schedule(Ljava/lang/Runnable;JLjava/util/concurrent/TimeUnit;)Ljava/util/concurrent/ScheduledFuture;
    new-instance v10, Lorg/apkscan/test/ex/Block;
    invoke-direct {v10, v0}, Lorg/apkscan/test/ex/Block;-><init>(Ljava/lang/String;)V
    const/4 v5, 1
    const/4 v6, 0
    const/4 v7, 0
    const/4 v8, 0
    const/4 v9, -1
    const/16 v11, 0x1e
    const/4 v12, 0
    invoke-static/range {v5 .. v12}, Lkotlin/concurrent/ThreadsKt;->thread$default(ZZLjava/lang/ClassLoader;Ljava/lang/String;ILkotlin/jvm/functions/Function0;ILjava/lang/Object;)Ljava/lang/Thread;
    return-void
.end method
