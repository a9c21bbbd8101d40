.class public final Lorg/apkscan/test/pr/Named;
.super Ljava/lang/Object;

.field private final id:Ljava/lang/String;

.method public constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/pr/Named;->id:Ljava/lang/String;
    return-void
.end method

# Prints its name only (a Kotlin data object would).
.method public toString()Ljava/lang/String;
    .registers 2
    const-string v0, "Named"
    return-object v0
.end method
