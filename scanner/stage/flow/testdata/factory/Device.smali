.class public final Lorg/apkscan/test/factory/Device;
.super Ljava/lang/Object;
.source "Device.java"

# get() reads the IMEI.

.implements Lorg/apkscan/test/factory/Id;

.field private final context:Landroid/content/Context;

.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/factory/Device;->context:Landroid/content/Context;
    return-void
.end method

.method public get()Ljava/lang/String;
    .registers 3
    iget-object v0, p0, Lorg/apkscan/test/factory/Device;->context:Landroid/content/Context;
    const-string v1, "phone"
    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method
