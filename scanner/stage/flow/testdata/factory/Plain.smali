.class public Lorg/apkscan/test/factory/Plain;
.super Ljava/lang/Object;
.source "Plain.java"

# get() gives a constant; a subclass, Serial, overrides it.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public get()Ljava/lang/String;
    .registers 2
    const-string v0, "plain"
    return-object v0
.end method
