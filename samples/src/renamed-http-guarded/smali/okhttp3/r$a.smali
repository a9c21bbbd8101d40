.class public final Lokhttp3/r$a;
.super Ljava/lang/Object;
.source "SourceFile"

# The shape of OkHttp's FormBody.Builder after R8 renamed it, our own body:
# a(String, String) is add(name, value), which escapes both with the form
# encode set; a() is build().

.field final a:Ljava/util/ArrayList;

.method public constructor <init>()V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    new-instance v0, Ljava/util/ArrayList;
    invoke-direct {v0}, Ljava/util/ArrayList;-><init>()V
    iput-object v0, p0, Lokhttp3/r$a;->a:Ljava/util/ArrayList;
    return-void
.end method

.method public final a(Ljava/lang/String;Ljava/lang/String;)Lokhttp3/r$a;
    .registers 5
    const-string v0, " \"\':;<=>@[]^`{}|/\\?#&!$(),~"
    iget-object v1, p0, Lokhttp3/r$a;->a:Ljava/util/ArrayList;
    invoke-static {p1, v0}, Lokhttp3/r$a;->a(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object p1
    invoke-virtual {v1, p1}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z
    invoke-static {p2, v0}, Lokhttp3/r$a;->a(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object p2
    invoke-virtual {v1, p2}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z
    return-object p0
.end method

.method static a(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    .registers 2
    return-object p0
.end method

.method public final a()Lokhttp3/r;
    .registers 3
    new-instance v0, Lokhttp3/r;
    iget-object v1, p0, Lokhttp3/r$a;->a:Ljava/util/ArrayList;
    invoke-direct {v0, v1}, Lokhttp3/r;-><init>(Ljava/util/List;)V
    return-object v0
.end method
