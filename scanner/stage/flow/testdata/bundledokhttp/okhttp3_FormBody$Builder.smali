.class public final Lokhttp3/FormBody$Builder;
.super Ljava/lang/Object;
.field private final names:Ljava/util/List;
.field private final values:Ljava/util/List;
.method public constructor <init>()V
    .locals 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    new-instance v0, Ljava/util/ArrayList;
    invoke-direct {v0}, Ljava/util/ArrayList;-><init>()V
    iput-object v0, p0, Lokhttp3/FormBody$Builder;->names:Ljava/util/List;
    new-instance v0, Ljava/util/ArrayList;
    invoke-direct {v0}, Ljava/util/ArrayList;-><init>()V
    iput-object v0, p0, Lokhttp3/FormBody$Builder;->values:Ljava/util/List;
    return-void
.end method
.method public add(Ljava/lang/String;Ljava/lang/String;)Lokhttp3/FormBody$Builder;
    .locals 1
    iget-object v0, p0, Lokhttp3/FormBody$Builder;->names:Ljava/util/List;
    invoke-interface {v0, p1}, Ljava/util/List;->add(Ljava/lang/Object;)Z
    iget-object v0, p0, Lokhttp3/FormBody$Builder;->values:Ljava/util/List;
    invoke-interface {v0, p2}, Ljava/util/List;->add(Ljava/lang/Object;)Z
    return-object p0
.end method
.method public build()Lokhttp3/FormBody;
    .locals 3
    new-instance v0, Lokhttp3/FormBody;
    iget-object v1, p0, Lokhttp3/FormBody$Builder;->names:Ljava/util/List;
    iget-object v2, p0, Lokhttp3/FormBody$Builder;->values:Ljava/util/List;
    invoke-direct {v0, v1, v2}, Lokhttp3/FormBody;-><init>(Ljava/util/List;Ljava/util/List;)V
    return-object v0
.end method
