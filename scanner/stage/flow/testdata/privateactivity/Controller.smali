.class public interface abstract Lorg/apkscan/test/pa/Controller;
.super Ljava/lang/Object;

.method public abstract onPage(Ljava/lang/String;)V
.end method
