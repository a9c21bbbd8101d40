.class public final Lorg/apkscan/sample/browser/HistoryStore;
.super Ljava/lang/Object;
.source "HistoryStore.java"

# HistoryStore shows the app knows about incognito mode: it checks
# BrowserSettings.isIncognito() before saving history, in both samples.

.method public static saveVisit(Ljava/lang/String;)V
    .registers 2
    invoke-static {}, Lorg/apkscan/sample/browser/BrowserSettings;->isIncognito()Z
    move-result v0
    if-nez v0, :skip
    const-string v0, "history"
    invoke-static {v0, p0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    :skip
    return-void
.end method
