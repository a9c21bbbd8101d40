.class final Lkotlinx/coroutines/w;
.super Ljava/lang/Thread;

# A scheduler worker, renamed: it takes the next task from the queue and
# resumes it.

.field static a:Lkotlin/coroutines/jvm/internal/a;

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Thread;-><init>()V
    return-void
.end method

.method public final run()V
    .registers 3
    sget-object v0, Lkotlinx/coroutines/w;->a:Lkotlin/coroutines/jvm/internal/a;
    const/4 v1, 0x0
    invoke-virtual {v0, v1}, Lkotlin/coroutines/jvm/internal/a;->resumeWith(Ljava/lang/Object;)V
    return-void
.end method
