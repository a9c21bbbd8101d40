.class public interface abstract Lorg/apkscan/test/ad/Api;
.super Ljava/lang/Object;

# A Retrofit service: the request is made from the annotations.

.method public abstract track(Ljava/lang/String;)Ljava/lang/Object;
    .annotation runtime Lretrofit2/http/POST;
        value = "t"
    .end annotation
.end method
