.class public Lorg/mozilla/geckoview/GeckoSession;
.super Ljava/lang/Object;
.source "SourceFile"

# A shape of GeckoView's session: Gecko calls its delegates.

.field private a:Lorg/mozilla/geckoview/GeckoSession$NavigationDelegate;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public setNavigationDelegate(Lorg/mozilla/geckoview/GeckoSession$NavigationDelegate;)V
    .registers 2
    iput-object p1, p0, Lorg/mozilla/geckoview/GeckoSession;->a:Lorg/mozilla/geckoview/GeckoSession$NavigationDelegate;
    return-void
.end method
