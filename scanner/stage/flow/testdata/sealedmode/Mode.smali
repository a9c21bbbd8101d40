.class public abstract Lorg/apkscan/test/sm/Mode;
.super Ljava/lang/Object;

# Kotlin's sealed class Mode { object Normal : Mode(); object Private : Mode() }.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
