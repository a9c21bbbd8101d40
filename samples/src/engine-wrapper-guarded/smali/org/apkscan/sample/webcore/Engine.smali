.class public interface abstract Lorg/apkscan/sample/webcore/Engine;
.super Ljava/lang/Object;
.source "Engine.java"

# The engine's interface: its implementation is loaded at run time, so no
# class in the app implements it.

.method public abstract load(Ljava/lang/String;)V
.end method

.method public abstract title()Ljava/lang/String;
.end method
