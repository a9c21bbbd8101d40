.class public interface abstract Lorg/apkscan/sample/bounds/Handler;
.super Ljava/lang/Object;
.source "Handler.java"

.method public abstract handle(Ljava/lang/String;)V
.end method
