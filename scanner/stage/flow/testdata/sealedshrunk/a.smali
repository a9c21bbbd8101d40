.class public abstract Lorg/apkscan/test/ss/a;
.super Ljava/lang/Object;

# Kotlin's sealed class Mode { data object Normal : Mode(); data object
# Private : Mode() }, renamed a, c and b.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
