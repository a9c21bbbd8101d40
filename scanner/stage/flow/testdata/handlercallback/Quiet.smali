.class public Lorg/apkscan/test/hc/Quiet;
.super Ljava/lang/Object;
.implements Landroid/os/Handler$Callback;

# Drops every message.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public handleMessage(Landroid/os/Message;)Z
    .registers 3
    const/4 v0, 0x1
    return v0
.end method
