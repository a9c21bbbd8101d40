.class public final Lokhttp3/r;
.super Ljava/lang/Object;
.source "SourceFile"

# The shape of OkHttp's FormBody after R8 renamed it, our own body.

.field final a:Ljava/util/List;

.method constructor <init>(Ljava/util/List;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lokhttp3/r;->a:Ljava/util/List;
    return-void
.end method
