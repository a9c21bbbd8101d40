.class public Lorg/apkscan/test/ts/Tab;
.super Ljava/lang/Object;

.field private mUrl:Ljava/lang/String;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public getUrl()Ljava/lang/String;
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/ts/Tab;->mUrl:Ljava/lang/String;
    return-object v0
.end method

.method public setUrl(Ljava/lang/String;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/ts/Tab;->mUrl:Ljava/lang/String;
    return-void
.end method
