.class public abstract Lo/m;
.super Ljava/lang/Object;

# A Kotlin sealed class of modes, renamed: m is Mode, n Normal, p Private.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
