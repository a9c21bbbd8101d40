.class public final Lorg/apkscan/test/ft/Private;
.super Ljava/lang/Object;
.implements Lorg/apkscan/test/ft/Tracker;

# Hands pages to the tracker it wraps outside incognito mode only.

.field private final inner:Lorg/apkscan/test/ft/Tracker;

.method public constructor <init>(Lorg/apkscan/test/ft/Tracker;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ft/Private;->inner:Lorg/apkscan/test/ft/Tracker;
    return-void
.end method

.method public track(Ljava/lang/String;)V
    .registers 3
    sget-boolean v0, Lorg/apkscan/test/ft/App;->incognito:Z
    if-nez v0, :skip
    iget-object v0, p0, Lorg/apkscan/test/ft/Private;->inner:Lorg/apkscan/test/ft/Tracker;
    invoke-interface {v0, p1}, Lorg/apkscan/test/ft/Tracker;->track(Ljava/lang/String;)V
    :skip
    return-void
.end method
