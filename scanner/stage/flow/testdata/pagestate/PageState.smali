.class Lorg/apkscan/test/ps/PageState;
.super Ljava/lang/Object;

.field mUrl:Ljava/lang/String;

.method constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ps/PageState;->mUrl:Ljava/lang/String;
    return-void
.end method
