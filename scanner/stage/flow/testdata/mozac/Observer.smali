.class public interface abstract Lmozilla/components/concept/engine/EngineSession$Observer;
.super Ljava/lang/Object;

# Mozilla's Android Components, as a browser built on GeckoView bundles
# them (shapes only).

.method public abstract onLocationChange(Ljava/lang/String;Z)V
.end method
