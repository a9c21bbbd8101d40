.class public Lorg/apkscan/test/vp/IdRequest;
.super Lcom/android/volley/Request;

.field private final deviceId:Ljava/lang/String;

.method public constructor <init>(Ljava/lang/String;Ljava/lang/String;)V
    .registers 5
    const/4 v0, 0x1
    const/4 v1, 0x0
    invoke-direct {p0, v0, p1, v1}, Lcom/android/volley/Request;-><init>(ILjava/lang/String;Lcom/android/volley/Response$ErrorListener;)V
    iput-object p2, p0, Lorg/apkscan/test/vp/IdRequest;->deviceId:Ljava/lang/String;
    return-void
.end method

.method protected getParams()Ljava/util/Map;
    .registers 4
    new-instance v0, Ljava/util/HashMap;
    invoke-direct {v0}, Ljava/util/HashMap;-><init>()V
    const-string v1, "device"
    iget-object v2, p0, Lorg/apkscan/test/vp/IdRequest;->deviceId:Ljava/lang/String;
    invoke-interface {v0, v1, v2}, Ljava/util/Map;->put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;
    return-object v0
.end method
