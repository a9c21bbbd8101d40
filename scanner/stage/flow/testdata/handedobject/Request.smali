.class public final Lorg/apkscan/test/ho/Request;
.super Ljava/lang/Object;

# A request body: the device id in a field.

.field private final deviceId:Ljava/lang/String;

.method public constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ho/Request;->deviceId:Ljava/lang/String;
    return-void
.end method
