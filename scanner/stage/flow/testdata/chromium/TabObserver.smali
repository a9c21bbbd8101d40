.class public interface abstract Lorg/chromium/chrome/browser/tab/TabObserver;
.super Ljava/lang/Object;

.method public abstract onPageLoadFinished(Lorg/chromium/chrome/browser/tab/Tab;Lorg/chromium/url/GURL;)V
.end method
