.class public interface abstract Lorg/chromium/chrome/browser/tab/Tab;
.super Ljava/lang/Object;

# Chromium's tab, as a browser built on Chromium bundles it (shapes only).

.method public abstract isIncognito()Z
.end method

.method public abstract getUrl()Lorg/chromium/url/GURL;
.end method
