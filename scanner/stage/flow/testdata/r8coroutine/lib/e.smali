.class public final Lkotlinx/coroutines/e;
.super Ljava/lang/Object;

# BuildersKt, renamed: a is launch$default. The block is created for the
# scope and queued to a worker thread, which resumes it.

.method public static a(Lkotlinx/coroutines/b;Ljava/lang/Object;Ljava/lang/Object;Lkotlin/jvm/b/p;ILjava/lang/Object;)Ljava/lang/Object;
    .registers 8
    check-cast p3, Lkotlin/coroutines/jvm/internal/a;
    sput-object p3, Lkotlinx/coroutines/w;->a:Lkotlin/coroutines/jvm/internal/a;
    new-instance v0, Lkotlinx/coroutines/w;
    invoke-direct {v0}, Lkotlinx/coroutines/w;-><init>()V
    invoke-virtual {v0}, Lkotlinx/coroutines/w;->start()V
    return-object v0
.end method
