.class public Lorg/apkscan/test/gp/Main;
.super Landroid/app/Activity;

# A GeckoView browser whose private tab is a session made with
# usePrivateMode(true) from the menu; nothing tests the mode, so the
# tracking of every location is a bypass.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lorg/mozilla/geckoview/GeckoSession;
    invoke-direct {v0}, Lorg/mozilla/geckoview/GeckoSession;-><init>()V
    new-instance v1, Lorg/apkscan/test/gp/Nav;
    invoke-direct {v1}, Lorg/apkscan/test/gp/Nav;-><init>()V
    invoke-virtual {v0, v1}, Lorg/mozilla/geckoview/GeckoSession;->setNavigationDelegate(Lorg/mozilla/geckoview/GeckoSession$NavigationDelegate;)V
    return-void
.end method

.method public onOptionsItemSelected(Landroid/view/MenuItem;)Z
    .registers 4
    new-instance v0, Lorg/mozilla/geckoview/GeckoSessionSettings$Builder;
    invoke-direct {v0}, Lorg/mozilla/geckoview/GeckoSessionSettings$Builder;-><init>()V
    const/4 v1, 0x1
    invoke-virtual {v0, v1}, Lorg/mozilla/geckoview/GeckoSessionSettings$Builder;->usePrivateMode(Z)Lorg/mozilla/geckoview/GeckoSessionSettings$Builder;
    move-result-object v0
    invoke-virtual {v0}, Lorg/mozilla/geckoview/GeckoSessionSettings$Builder;->build()Lorg/mozilla/geckoview/GeckoSessionSettings;
    move-result-object v0
    new-instance v2, Lorg/mozilla/geckoview/GeckoSession;
    invoke-direct {v2, v0}, Lorg/mozilla/geckoview/GeckoSession;-><init>(Lorg/mozilla/geckoview/GeckoSessionSettings;)V
    return v1
.end method
