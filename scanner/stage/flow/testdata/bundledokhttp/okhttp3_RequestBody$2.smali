.class final Lokhttp3/RequestBody$2;
.super Lokhttp3/RequestBody;
.field final val$contentType:Lokhttp3/MediaType;
.field final val$content:[B
.method constructor <init>(Lokhttp3/MediaType;[B)V
    .locals 0
    iput-object p1, p0, Lokhttp3/RequestBody$2;->val$contentType:Lokhttp3/MediaType;
    iput-object p2, p0, Lokhttp3/RequestBody$2;->val$content:[B
    invoke-direct {p0}, Lokhttp3/RequestBody;-><init>()V
    return-void
.end method
