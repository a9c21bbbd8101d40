.class public Lorg/apkscan/test/builder/App;
.super Landroid/app/Application;

# An event made by a builder: the setter stores the device id and returns
# the builder (d8 moves the result into the same register), build() makes
# the event from the builder's field.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 4
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/builder/App;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    new-instance v0, Lorg/apkscan/test/builder/Builder;
    invoke-direct {v0}, Lorg/apkscan/test/builder/Builder;-><init>()V
    invoke-virtual {v0, v1}, Lorg/apkscan/test/builder/Builder;->id(Ljava/lang/String;)Lorg/apkscan/test/builder/Builder;
    move-result-object v0
    invoke-virtual {v0}, Lorg/apkscan/test/builder/Builder;->build()Lorg/apkscan/test/builder/Event;
    move-result-object v0
    iget-object v0, v0, Lorg/apkscan/test/builder/Event;->id:Ljava/lang/String;
    const-string v1, "ev"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
