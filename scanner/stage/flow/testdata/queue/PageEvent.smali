.class public Lorg/apkscan/test/queue/PageEvent;
.super Ljava/lang/Object;

.field public final name:Ljava/lang/String;
.field public final url:Ljava/lang/String;

.method public constructor <init>(Ljava/lang/String;Ljava/lang/String;)V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/queue/PageEvent;->name:Ljava/lang/String;
    iput-object p2, p0, Lorg/apkscan/test/queue/PageEvent;->url:Ljava/lang/String;
    return-void
.end method
