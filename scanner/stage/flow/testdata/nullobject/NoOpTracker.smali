.class public Lorg/apkscan/test/no/NoOpTracker;
.super Ljava/lang/Object;
.implements Lorg/apkscan/test/no/PageTracker;

# Tracks nothing: the tracker of incognito mode.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public visited(Ljava/lang/String;)V
    .registers 5

    return-void
.end method
