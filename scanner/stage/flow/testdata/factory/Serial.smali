.class public Lorg/apkscan/test/factory/Serial;
.super Lorg/apkscan/test/factory/Plain;
.source "Serial.java"

# get() gives the hardware serial; nothing makes a Serial.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lorg/apkscan/test/factory/Plain;-><init>()V
    return-void
.end method

.method public get()Ljava/lang/String;
    .registers 2
    sget-object v0, Landroid/os/Build;->SERIAL:Ljava/lang/String;
    return-object v0
.end method
