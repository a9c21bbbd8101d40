.class public final Lokhttp3/y$a;
.super Ljava/lang/Object;
.source "SourceFile"

# The shape of OkHttp's Request.Builder after R8 renamed it, our own body:
# a(String) is url(String), which rewrites web-socket schemes; a(r) is
# post(body); a() is build().

.field a:Ljava/lang/String;

.field b:Lokhttp3/r;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public final a(Ljava/lang/String;)Lokhttp3/y$a;
    .registers 9
    const/4 v1, 0x1
    const/4 v2, 0x0
    const-string v3, "ws:"
    const/4 v5, 0x3
    move-object v0, p1
    move v4, v2
    invoke-virtual/range {v0 .. v5}, Ljava/lang/String;->regionMatches(ZILjava/lang/String;II)Z
    move-result v0
    if-eqz v0, :wss
    new-instance v0, Ljava/lang/StringBuilder;
    invoke-direct {v0}, Ljava/lang/StringBuilder;-><init>()V
    const-string v6, "http:"
    invoke-virtual {v0, v6}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {p1, v5}, Ljava/lang/String;->substring(I)Ljava/lang/String;
    move-result-object v6
    invoke-virtual {v0, v6}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object p1
    goto :store
    :wss
    const-string v3, "wss:"
    const/4 v5, 0x4
    move-object v0, p1
    invoke-virtual/range {v0 .. v5}, Ljava/lang/String;->regionMatches(ZILjava/lang/String;II)Z
    move-result v0
    if-eqz v0, :store
    new-instance v0, Ljava/lang/StringBuilder;
    invoke-direct {v0}, Ljava/lang/StringBuilder;-><init>()V
    const-string v6, "https:"
    invoke-virtual {v0, v6}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {p1, v5}, Ljava/lang/String;->substring(I)Ljava/lang/String;
    move-result-object v6
    invoke-virtual {v0, v6}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object p1
    :store
    iput-object p1, p0, Lokhttp3/y$a;->a:Ljava/lang/String;
    return-object p0
.end method

.method public final a(Lokhttp3/r;)Lokhttp3/y$a;
    .registers 2
    iput-object p1, p0, Lokhttp3/y$a;->b:Lokhttp3/r;
    return-object p0
.end method

.method public final a()Lokhttp3/y;
    .registers 4
    new-instance v0, Lokhttp3/y;
    iget-object v1, p0, Lokhttp3/y$a;->a:Ljava/lang/String;
    iget-object v2, p0, Lokhttp3/y$a;->b:Lokhttp3/r;
    invoke-direct {v0, v1, v2}, Lokhttp3/y;-><init>(Ljava/lang/String;Lokhttp3/r;)V
    return-object v0
.end method
