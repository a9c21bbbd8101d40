.class public interface abstract Lorg/mozilla/geckoview/GeckoSession$NavigationDelegate;
.super Ljava/lang/Object;
.source "SourceFile"

.method public abstract onLocationChange(Lorg/mozilla/geckoview/GeckoSession;Ljava/lang/String;)V
.end method
