.class public Lokhttp3/Request$Builder;
.super Ljava/lang/Object;
.field url:Ljava/lang/String;
.field method:Ljava/lang/String;
.field body:Lokhttp3/RequestBody;
.method public constructor <init>()V
    .locals 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    const-string v0, "GET"
    iput-object v0, p0, Lokhttp3/Request$Builder;->method:Ljava/lang/String;
    return-void
.end method
.method public url(Ljava/lang/String;)Lokhttp3/Request$Builder;
    .locals 0
    iput-object p1, p0, Lokhttp3/Request$Builder;->url:Ljava/lang/String;
    return-object p0
.end method
.method public post(Lokhttp3/RequestBody;)Lokhttp3/Request$Builder;
    .locals 1
    const-string v0, "POST"
    iput-object v0, p0, Lokhttp3/Request$Builder;->method:Ljava/lang/String;
    iput-object p1, p0, Lokhttp3/Request$Builder;->body:Lokhttp3/RequestBody;
    return-object p0
.end method
.method public build()Lokhttp3/Request;
    .locals 1
    new-instance v0, Lokhttp3/Request;
    invoke-direct {v0, p0}, Lokhttp3/Request;-><init>(Lokhttp3/Request$Builder;)V
    return-object v0
.end method
