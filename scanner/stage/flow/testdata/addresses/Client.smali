.class public Lorg/apkscan/test/ad/Client;
.super Ljava/lang/Object;

# Addresses kept in fields only the class sets: a final one its
# constructor sets (i), a private static one its static initializer sets
# (j).

.field private final url:Ljava/lang/String;

.field private static base:Ljava/lang/String;

.method static constructor <clinit>()V
    .registers 1
    const-string v0, "https://j.example.org/s?q="
    sput-object v0, Lorg/apkscan/test/ad/Client;->base:Ljava/lang/String;
    return-void
.end method

.method public constructor <init>()V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    const-string v0, "https://i.example.org/q?id="
    iput-object v0, p0, Lorg/apkscan/test/ad/Client;->url:Ljava/lang/String;
    return-void
.end method

.method public i(Ljava/lang/String;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/ad/Client;->url:Ljava/lang/String;
    invoke-virtual {v0, p1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openStream()Ljava/io/InputStream;
    return-void
.end method

.method public j(Ljava/lang/String;)V
    .registers 4
    sget-object v0, Lorg/apkscan/test/ad/Client;->base:Ljava/lang/String;
    invoke-virtual {v0, p1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openStream()Ljava/io/InputStream;
    return-void
.end method
