.class final Lorg/apkscan/test/ks/Cont;
.super Ljava/lang/Object;
.implements Lkotlin/coroutines/Continuation;

# A suspend function's state: its locals spilled into L$n fields.

.field L$0:Ljava/lang/Object;

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
