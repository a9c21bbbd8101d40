.class final Lokhttp3/RealCall;
.super Ljava/lang/Object;
.implements Lokhttp3/Call;
.field final client:Lokhttp3/OkHttpClient;
.field final originalRequest:Lokhttp3/Request;
.method constructor <init>(Lokhttp3/OkHttpClient;Lokhttp3/Request;)V
    .locals 0
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lokhttp3/RealCall;->client:Lokhttp3/OkHttpClient;
    iput-object p2, p0, Lokhttp3/RealCall;->originalRequest:Lokhttp3/Request;
    return-void
.end method
.method public execute()Lokhttp3/Response;
    .locals 1
    new-instance v0, Lokhttp3/Response;
    invoke-direct {v0}, Lokhttp3/Response;-><init>()V
    return-object v0
.end method
