.class public Lorg/apkscan/sample/diff/PushReceiver;
.super Landroid/content/BroadcastReceiver;
.source "PushReceiver.java"

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/content/BroadcastReceiver;-><init>()V
    return-void
.end method

# onReceive is exported without a permission: any app can send it a PUSH.
.method public onReceive(Landroid/content/Context;Landroid/content/Intent;)V
    .registers 3
    return-void
.end method
