.class public interface abstract Lorg/apkscan/test/cs/Reporter;
.super Ljava/lang/Object;

.method public abstract report(Landroid/content/Context;)V
.end method
