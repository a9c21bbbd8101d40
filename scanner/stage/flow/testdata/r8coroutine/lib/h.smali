.class public abstract Lkotlin/coroutines/jvm/internal/h;
.super Lkotlin/coroutines/jvm/internal/a;

# SuspendLambda, renamed.

.method public constructor <init>(ILkotlin/coroutines/d;)V
    .registers 3
    invoke-direct {p0, p2}, Lkotlin/coroutines/jvm/internal/a;-><init>(Lkotlin/coroutines/d;)V
    return-void
.end method
