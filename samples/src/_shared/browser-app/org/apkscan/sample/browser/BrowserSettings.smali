.class public final Lorg/apkscan/sample/browser/BrowserSettings;
.super Ljava/lang/Object;
.source "BrowserSettings.java"

# BrowserSettings holds the incognito switch that tracking code must respect.

.field private static sIncognito:Z

.method public static isIncognito()Z
    .registers 1
    sget-boolean v0, Lorg/apkscan/sample/browser/BrowserSettings;->sIncognito:Z
    return v0
.end method

.method public static setIncognito(Z)V
    .registers 1
    sput-boolean p0, Lorg/apkscan/sample/browser/BrowserSettings;->sIncognito:Z
    return-void
.end method
