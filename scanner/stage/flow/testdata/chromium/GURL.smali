.class public Lorg/chromium/url/GURL;
.super Ljava/lang/Object;

.field private final mSpec:Ljava/lang/String;

.method public constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/chromium/url/GURL;->mSpec:Ljava/lang/String;
    return-void
.end method

.method public getSpec()Ljava/lang/String;
    .registers 2
    iget-object v0, p0, Lorg/chromium/url/GURL;->mSpec:Ljava/lang/String;
    return-object v0
.end method
