.class public interface abstract Lorg/apkscan/test/gs/Api;
.super Ljava/lang/Object;

# A Retrofit service: Retrofit serialises the report it is given into the
# request's body.

.method public abstract send(Lorg/apkscan/test/gs/Report;)Ljava/lang/Object;
    .annotation runtime Lretrofit2/http/POST;
        value = "events"
    .end annotation
.end method
