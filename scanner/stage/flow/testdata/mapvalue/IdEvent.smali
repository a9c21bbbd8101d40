.class public Lorg/apkscan/test/mapvalue/IdEvent;
.super Ljava/lang/Object;

.field public final id:Ljava/lang/String;

.method public constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/mapvalue/IdEvent;->id:Ljava/lang/String;
    return-void
.end method
