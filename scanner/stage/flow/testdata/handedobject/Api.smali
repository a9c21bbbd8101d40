.class public interface abstract Lorg/apkscan/test/ho/Api;
.super Ljava/lang/Object;

# A Retrofit service.

.method public abstract register(Lorg/apkscan/test/ho/Request;)Lretrofit2/Call;
    .annotation runtime Lretrofit2/http/POST;
        value = "register"
    .end annotation
.end method
