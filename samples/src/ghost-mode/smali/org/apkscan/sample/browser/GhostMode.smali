.class public final Lorg/apkscan/sample/browser/GhostMode;
.super Ljava/lang/Object;
.source "GhostMode.java"

# GhostMode is the browser's private mode as its tracking code knows it. No
# built-in incognito name matches "ghostmode".

.field private static sOn:Z

.method public static isGhostMode()Z
    .registers 1
    sget-boolean v0, Lorg/apkscan/sample/browser/GhostMode;->sOn:Z
    return v0
.end method

.method public static setGhostMode(Z)V
    .registers 1
    sput-boolean p0, Lorg/apkscan/sample/browser/GhostMode;->sOn:Z
    return-void
.end method
