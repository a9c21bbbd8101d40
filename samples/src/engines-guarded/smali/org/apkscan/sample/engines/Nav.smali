.class public final Lorg/apkscan/sample/engines/Nav;
.super Ljava/lang/Object;
.source "Nav.java"

# GeckoView calls onLocationChange with the new page's URL; it tracks the
# URL only outside incognito mode.

.implements Lorg/mozilla/geckoview/GeckoSession$NavigationDelegate;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onLocationChange(Lorg/mozilla/geckoview/GeckoSession;Ljava/lang/String;)V
    .registers 4
    invoke-static {}, Lorg/apkscan/sample/engines/MainActivity;->isIncognito()Z
    move-result v0
    if-nez v0, :done
    invoke-static {p2}, Lorg/apkscan/sample/browser/PageTracker;->track(Ljava/lang/String;)V
    :done
    return-void
.end method
