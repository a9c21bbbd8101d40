.class public Lorg/apkscan/test/factory/Main;
.super Landroid/app/Fragment;
.source "Main.java"

# Two factories return the interface Id; only makeDevice's object (Device)
# reads the IMEI. onStart logs what each object gives: one leak, at the
# first log. A Plain just made runs Plain's get(), not its subclass's.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Fragment;-><init>()V
    return-void
.end method

.method static makeDevice(Landroid/content/Context;)Lorg/apkscan/test/factory/Id;
    .registers 2
    new-instance v0, Lorg/apkscan/test/factory/Device;
    invoke-direct {v0, p0}, Lorg/apkscan/test/factory/Device;-><init>(Landroid/content/Context;)V
    return-object v0
.end method

.method static makeFixed()Lorg/apkscan/test/factory/Id;
    .registers 1
    new-instance v0, Lorg/apkscan/test/factory/Fixed;
    invoke-direct {v0}, Lorg/apkscan/test/factory/Fixed;-><init>()V
    return-object v0
.end method

.method public onStart()V
    .registers 4
    invoke-super {p0}, Landroid/app/Fragment;->onStart()V
    invoke-virtual {p0}, Lorg/apkscan/test/factory/Main;->getActivity()Landroid/app/Activity;
    move-result-object v0
    invoke-static {v0}, Lorg/apkscan/test/factory/Main;->makeDevice(Landroid/content/Context;)Lorg/apkscan/test/factory/Id;
    move-result-object v0
    invoke-interface {v0}, Lorg/apkscan/test/factory/Id;->get()Ljava/lang/String;
    move-result-object v0
    const-string v1, "device"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    invoke-static {}, Lorg/apkscan/test/factory/Main;->makeFixed()Lorg/apkscan/test/factory/Id;
    move-result-object v0
    invoke-interface {v0}, Lorg/apkscan/test/factory/Id;->get()Ljava/lang/String;
    move-result-object v0
    const-string v1, "fixed"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    new-instance v0, Lorg/apkscan/test/factory/Plain;
    invoke-direct {v0}, Lorg/apkscan/test/factory/Plain;-><init>()V
    invoke-virtual {v0}, Lorg/apkscan/test/factory/Plain;->get()Ljava/lang/String;
    move-result-object v0
    invoke-static {v1, v0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
