.class public Lorg/apkscan/test/ad/Config;
.super Ljava/lang/Object;

# A configuration whose address a subclass gives (ProdConfig).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public url()Ljava/lang/String;
    .registers 2
    const-string v0, ""
    return-object v0
.end method
