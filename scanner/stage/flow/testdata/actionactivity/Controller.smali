.class public interface abstract Lorg/apkscan/test/aa/Controller;
.super Ljava/lang/Object;

.method public abstract onPage(Ljava/lang/String;)V
.end method
