.class public Lorg/apkscan/test/ad/ProdConfig;
.super Lorg/apkscan/test/ad/Config;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lorg/apkscan/test/ad/Config;-><init>()V
    return-void
.end method

.method public url()Ljava/lang/String;
    .registers 2
    const-string v0, "https://h.example.org/c"
    return-object v0
.end method
