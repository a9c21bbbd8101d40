.class public interface abstract Lorg/apkscan/test/no/PageTracker;
.super Ljava/lang/Object;

.method public abstract visited(Ljava/lang/String;)V
.end method
