.class public final Lorg/apkscan/test/factory/Fixed;
.super Ljava/lang/Object;
.source "Fixed.java"

# get() gives a constant.

.implements Lorg/apkscan/test/factory/Id;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public get()Ljava/lang/String;
    .registers 2
    const-string v0, "fixed"
    return-object v0
.end method
