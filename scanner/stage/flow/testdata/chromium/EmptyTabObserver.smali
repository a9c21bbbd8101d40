.class public Lorg/chromium/chrome/browser/tab/EmptyTabObserver;
.super Ljava/lang/Object;
.implements Lorg/chromium/chrome/browser/tab/TabObserver;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onPageLoadFinished(Lorg/chromium/chrome/browser/tab/Tab;Lorg/chromium/url/GURL;)V
    .registers 3
    return-void
.end method
