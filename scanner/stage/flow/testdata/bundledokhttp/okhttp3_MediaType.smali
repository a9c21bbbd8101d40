.class public final Lokhttp3/MediaType;
.super Ljava/lang/Object;
.field private final mediaType:Ljava/lang/String;
.method private constructor <init>(Ljava/lang/String;)V
    .locals 0
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lokhttp3/MediaType;->mediaType:Ljava/lang/String;
    return-void
.end method
.method public static parse(Ljava/lang/String;)Lokhttp3/MediaType;
    .locals 1
    new-instance v0, Lokhttp3/MediaType;
    invoke-direct {v0, p0}, Lokhttp3/MediaType;-><init>(Ljava/lang/String;)V
    return-object v0
.end method
