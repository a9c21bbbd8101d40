.class public final Lkotlinx/coroutines/b;
.super Ljava/lang/Object;

# GlobalScope, renamed.

.field public static final a:Lkotlinx/coroutines/b;
