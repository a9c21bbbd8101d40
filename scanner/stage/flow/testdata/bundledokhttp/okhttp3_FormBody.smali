.class public final Lokhttp3/FormBody;
.super Lokhttp3/RequestBody;
.field private final encodedNames:Ljava/util/List;
.field private final encodedValues:Ljava/util/List;
.method constructor <init>(Ljava/util/List;Ljava/util/List;)V
    .locals 0
    invoke-direct {p0}, Lokhttp3/RequestBody;-><init>()V
    iput-object p1, p0, Lokhttp3/FormBody;->encodedNames:Ljava/util/List;
    iput-object p2, p0, Lokhttp3/FormBody;->encodedValues:Ljava/util/List;
    return-void
.end method
