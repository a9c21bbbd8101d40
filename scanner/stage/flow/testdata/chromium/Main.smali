.class public Lcom/example/browser/Main;
.super Landroid/app/Activity;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

# Chromium calls its tab observers; here the activity stands in for it.
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lcom/example/browser/Stats;
    invoke-direct {v0}, Lcom/example/browser/Stats;-><init>()V
    const/4 v1, 0x0
    new-instance v2, Lorg/chromium/url/GURL;
    const-string v3, "about:blank"
    invoke-direct {v2, v3}, Lorg/chromium/url/GURL;-><init>(Ljava/lang/String;)V
    invoke-interface {v0, v1, v2}, Lorg/chromium/chrome/browser/tab/TabObserver;->onPageLoadFinished(Lorg/chromium/chrome/browser/tab/Tab;Lorg/chromium/url/GURL;)V
    return-void
.end method
