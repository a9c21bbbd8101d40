.class public Lorg/apkscan/test/ow/Profile;
.super Ljava/lang/Object;

.field private id:Ljava/lang/String;
.field private name:Ljava/lang/String;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public static scrub(Lorg/apkscan/test/ow/Profile;)V
    .registers 2
    const/4 v0, 0x0
    iput-object v0, p0, Lorg/apkscan/test/ow/Profile;->id:Ljava/lang/String;
    return-void
.end method

.method public anonymize()V
    .registers 3
    iget-object v0, p0, Lorg/apkscan/test/ow/Profile;->name:Ljava/lang/String;
    if-nez v0, :clear
    new-instance v0, Ljava/lang/IllegalStateException;
    invoke-direct {v0}, Ljava/lang/IllegalStateException;-><init>()V
    throw v0
    :clear
    const/4 v1, 0x0
    iput-object v1, p0, Lorg/apkscan/test/ow/Profile;->id:Ljava/lang/String;
    return-void
.end method

.method public setId(Ljava/lang/String;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/ow/Profile;->id:Ljava/lang/String;
    return-void
.end method

.method public setName(Ljava/lang/String;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/ow/Profile;->name:Ljava/lang/String;
    return-void
.end method

.method public getId()Ljava/lang/String;
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/ow/Profile;->id:Ljava/lang/String;
    return-object v0
.end method
