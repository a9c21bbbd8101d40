.class public final Lokhttp3/Request;
.super Ljava/lang/Object;
.field final url:Ljava/lang/String;
.field final method:Ljava/lang/String;
.field final body:Lokhttp3/RequestBody;
.method constructor <init>(Lokhttp3/Request$Builder;)V
    .locals 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iget-object v0, p1, Lokhttp3/Request$Builder;->url:Ljava/lang/String;
    iput-object v0, p0, Lokhttp3/Request;->url:Ljava/lang/String;
    iget-object v0, p1, Lokhttp3/Request$Builder;->method:Ljava/lang/String;
    iput-object v0, p0, Lokhttp3/Request;->method:Ljava/lang/String;
    iget-object v0, p1, Lokhttp3/Request$Builder;->body:Lokhttp3/RequestBody;
    iput-object v0, p0, Lokhttp3/Request;->body:Lokhttp3/RequestBody;
    return-void
.end method
