.class public final Lorg/apkscan/sample/bounds/Impl42;
.super Ljava/lang/Object;
.source "Impl42.java"

.implements Lorg/apkscan/sample/bounds/Handler;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public handle(Ljava/lang/String;)V
    .registers 2
    invoke-static {p1}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method
