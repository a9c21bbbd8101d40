.class public final Lorg/apkscan/test/ho/Repository;
.super Ljava/lang/Object;

# Sends the request it is handed: to the service, and logged as JSON.

.field private final api:Lorg/apkscan/test/ho/Api;

.method public constructor <init>(Lorg/apkscan/test/ho/Api;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ho/Repository;->api:Lorg/apkscan/test/ho/Api;
    return-void
.end method

.method public register(Lorg/apkscan/test/ho/Request;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/ho/Repository;->api:Lorg/apkscan/test/ho/Api;
    invoke-interface {v0, p1}, Lorg/apkscan/test/ho/Api;->register(Lorg/apkscan/test/ho/Request;)Lretrofit2/Call;
    new-instance v0, Lcom/google/gson/Gson;
    invoke-direct {v0}, Lcom/google/gson/Gson;-><init>()V
    invoke-virtual {v0, p1}, Lcom/google/gson/Gson;->toJson(Ljava/lang/Object;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "ho"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
