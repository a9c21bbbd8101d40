.class public abstract Lokhttp3/RequestBody;
.super Ljava/lang/Object;
.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static create(Lokhttp3/MediaType;Ljava/lang/String;)Lokhttp3/RequestBody;
    .locals 1
    invoke-virtual {p1}, Ljava/lang/String;->getBytes()[B
    move-result-object v0
    invoke-static {p0, v0}, Lokhttp3/RequestBody;->create(Lokhttp3/MediaType;[B)Lokhttp3/RequestBody;
    move-result-object v0
    return-object v0
.end method
.method public static create(Lokhttp3/MediaType;[B)Lokhttp3/RequestBody;
    .locals 1
    new-instance v0, Lokhttp3/RequestBody$2;
    invoke-direct {v0, p0, p1}, Lokhttp3/RequestBody$2;-><init>(Lokhttp3/MediaType;[B)V
    return-object v0
.end method
