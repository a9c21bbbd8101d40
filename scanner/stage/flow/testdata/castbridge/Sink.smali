.class public interface abstract Lorg/apkscan/test/cb/Sink;
.super Ljava/lang/Object;

.method public abstract accept(Ljava/lang/Object;)V
.end method
