.class public Lorg/apkscan/test/eo/App;
.super Landroid/app/Application;

# A browser on Chromium's or Mozilla's engine classes registers an
# observer of each; the engine calls them as pages load.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    invoke-static {}, Lorg/apkscan/test/eo/App;->tab()Lorg/chromium/chrome/browser/tab/Tab;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/eo/PageObserver;
    invoke-direct {v1}, Lorg/apkscan/test/eo/PageObserver;-><init>()V
    invoke-interface {v0, v1}, Lorg/chromium/chrome/browser/tab/Tab;->addObserver(Lorg/chromium/chrome/browser/tab/TabObserver;)V
    invoke-static {}, Lorg/apkscan/test/eo/App;->session()Lmozilla/components/concept/engine/EngineSession;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/eo/SessionObserver;
    invoke-direct {v1}, Lorg/apkscan/test/eo/SessionObserver;-><init>()V
    invoke-virtual {v0, v1}, Lmozilla/components/concept/engine/EngineSession;->register(Lmozilla/components/concept/engine/EngineSession$Observer;)V
    return-void
.end method

.method static tab()Lorg/chromium/chrome/browser/tab/Tab;
    .registers 1
    const/4 v0, 0x0
    return-object v0
.end method

.method static session()Lmozilla/components/concept/engine/EngineSession;
    .registers 1
    const/4 v0, 0x0
    return-object v0
.end method
