.class public interface abstract Lorg/apkscan/test/factory/Id;
.super Ljava/lang/Object;
.source "Id.java"

.method public abstract get()Ljava/lang/String;
.end method
