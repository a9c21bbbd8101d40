.class public interface abstract Lorg/apkscan/test/Api;
.super Ljava/lang/Object;
.source "Api.java"

# A Retrofit-shaped service interface: method annotations a library reads
# at run time.

.method public abstract track(Ljava/lang/String;)V
    .annotation runtime Lretrofit2/http/GET;
        value = "t"
    .end annotation
    .annotation build Ljava/lang/Deprecated;
    .end annotation
.end method

.method public abstract plain()V
.end method

.method public abstract send(Ljava/lang/String;)V
    .annotation runtime Lretrofit2/http/POST;
        value = "s"
    .end annotation
.end method
