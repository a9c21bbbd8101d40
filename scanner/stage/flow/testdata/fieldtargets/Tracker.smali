.class public interface abstract Lorg/apkscan/test/ft/Tracker;
.super Ljava/lang/Object;

.method public abstract track(Ljava/lang/String;)V
.end method
