.class public interface abstract Lorg/apkscan/test/li/Reporter;
.super Ljava/lang/Object;

.method public abstract report(Ljava/lang/String;)V
.end method
