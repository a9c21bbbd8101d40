.class public final Lokhttp3/w;
.super Ljava/lang/Object;
.source "SourceFile"

# The shape of OkHttp's OkHttpClient after R8 renamed it, our own body:
# a(y) is newCall(request), whose call the engine, not shown here, sends.

.field final a:Ljava/util/ArrayList;

.method public constructor <init>()V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    new-instance v0, Ljava/util/ArrayList;
    invoke-direct {v0}, Ljava/util/ArrayList;-><init>()V
    iput-object v0, p0, Lokhttp3/w;->a:Ljava/util/ArrayList;
    return-void
.end method

.method public final a(Lokhttp3/y;)V
    .registers 3
    iget-object v0, p0, Lokhttp3/w;->a:Ljava/util/ArrayList;
    invoke-virtual {v0, p1}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z
    return-void
.end method
