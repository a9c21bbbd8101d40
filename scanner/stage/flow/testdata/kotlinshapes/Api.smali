.class public interface abstract Lorg/apkscan/test/ks/Api;
.super Ljava/lang/Object;

# A Retrofit service's suspend function: its last parameter is the caller's
# continuation.

.method public abstract token(Lkotlin/coroutines/Continuation;)Ljava/lang/Object;
    .annotation runtime Lretrofit2/http/GET;
        value = "token"
    .end annotation
.end method
