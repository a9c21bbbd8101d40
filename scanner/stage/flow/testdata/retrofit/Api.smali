.class public interface abstract Lorg/apkscan/test/retrofit/Api;
.super Ljava/lang/Object;
.source "Api.java"

.method public abstract track(Ljava/lang/String;)V
    .annotation runtime Lretrofit2/http/GET;
        value = "track"
    .end annotation
.end method

.method public abstract ping(Ljava/lang/String;)V
.end method
