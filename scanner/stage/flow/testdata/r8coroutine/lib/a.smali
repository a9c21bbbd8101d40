.class public abstract Lkotlin/coroutines/jvm/internal/a;
.super Ljava/lang/Object;
.implements Lkotlin/coroutines/d;

# BaseContinuationImpl, renamed: resumeWith runs the body, h (invokeSuspend).

.method public constructor <init>(Lkotlin/coroutines/d;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public abstract h(Ljava/lang/Object;)Ljava/lang/Object;
.end method

.method public final resumeWith(Ljava/lang/Object;)V
    .registers 2
    invoke-virtual {p0, p1}, Lkotlin/coroutines/jvm/internal/a;->h(Ljava/lang/Object;)Ljava/lang/Object;
    return-void
.end method
