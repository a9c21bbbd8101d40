.class final Lorg/apkscan/test/ks/Pinger;
.super Ljava/lang/Object;

# Starts a thread { } whose block kotlinc moved into thread$default's
# range registers (move-object, check-cast).

.method static start()V
    .registers 9
    new-instance v0, Lorg/apkscan/test/ks/Ping;
    invoke-direct {v0}, Lorg/apkscan/test/ks/Ping;-><init>()V
    const/4 v1, 0x0
    const/4 v2, 0x0
    const/4 v3, 0x0
    const/4 v4, 0x0
    const/4 v5, 0x0
    move-object v6, v0
    check-cast v6, Lkotlin/jvm/functions/Function0;
    const/16 v7, 0x1f
    const/4 v8, 0x0
    invoke-static/range {v1 .. v8}, Lkotlin/concurrent/ThreadsKt;->thread$default(ZZLjava/lang/ClassLoader;Ljava/lang/String;ILkotlin/jvm/functions/Function0;ILjava/lang/Object;)Ljava/lang/Thread;
    return-void
.end method
