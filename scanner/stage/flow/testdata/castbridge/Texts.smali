.class public final Lorg/apkscan/test/cb/Texts;
.super Ljava/lang/Object;
.implements Lorg/apkscan/test/cb/Sink;

# A text consumer: what it is given is a CharSequence (a String passes),
# and it logs it.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public accept(Ljava/lang/Object;)V
    .registers 4
    check-cast p1, Ljava/lang/CharSequence;
    invoke-interface {p1}, Ljava/lang/CharSequence;->toString()Ljava/lang/String;
    move-result-object v0
    const-string v1, "text"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
