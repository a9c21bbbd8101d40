.class public final Lokhttp3/y;
.super Ljava/lang/Object;
.source "SourceFile"

# The shape of OkHttp's Request after R8 renamed it, our own body.

.field final a:Ljava/lang/String;

.field final b:Lokhttp3/r;

.method constructor <init>(Ljava/lang/String;Lokhttp3/r;)V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lokhttp3/y;->a:Ljava/lang/String;
    iput-object p2, p0, Lokhttp3/y;->b:Lokhttp3/r;
    return-void
.end method
