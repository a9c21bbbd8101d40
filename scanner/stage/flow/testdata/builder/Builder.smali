.class public Lorg/apkscan/test/builder/Builder;
.super Ljava/lang/Object;

.field private id:Ljava/lang/String;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public id(Ljava/lang/String;)Lorg/apkscan/test/builder/Builder;
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/builder/Builder;->id:Ljava/lang/String;
    return-object p0
.end method

.method public build()Lorg/apkscan/test/builder/Event;
    .registers 3
    new-instance v0, Lorg/apkscan/test/builder/Event;
    invoke-direct {v0}, Lorg/apkscan/test/builder/Event;-><init>()V
    iget-object v1, p0, Lorg/apkscan/test/builder/Builder;->id:Ljava/lang/String;
    iput-object v1, v0, Lorg/apkscan/test/builder/Event;->id:Ljava/lang/String;
    return-object v0
.end method
