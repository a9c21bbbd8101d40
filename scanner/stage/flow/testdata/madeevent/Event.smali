.class public Lorg/apkscan/test/me/Event;
.super Ljava/lang/Object;

.field public value:Ljava/lang/String;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public static of(Ljava/lang/String;)Lorg/apkscan/test/me/Event;
    .registers 2
    new-instance v0, Lorg/apkscan/test/me/Event;
    invoke-direct {v0}, Lorg/apkscan/test/me/Event;-><init>()V
    iput-object p0, v0, Lorg/apkscan/test/me/Event;->value:Ljava/lang/String;
    return-object v0
.end method

.method public static device(Landroid/content/Context;)Lorg/apkscan/test/me/Event;
    .registers 3
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    new-instance v0, Lorg/apkscan/test/me/Event;
    invoke-direct {v0}, Lorg/apkscan/test/me/Event;-><init>()V
    iput-object v1, v0, Lorg/apkscan/test/me/Event;->value:Ljava/lang/String;
    return-object v0
.end method
