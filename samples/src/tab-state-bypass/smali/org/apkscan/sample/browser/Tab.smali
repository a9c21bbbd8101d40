.class public final Lorg/apkscan/sample/browser/Tab;
.super Ljava/lang/Object;
.source "Tab.java"

# A tab keeps the URL of its page; when the page has loaded it reports it
# to the tracker BUG ON PURPOSE: also in incognito mode.

.field private mUrl:Ljava/lang/String;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public setUrl(Ljava/lang/String;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/sample/browser/Tab;->mUrl:Ljava/lang/String;
    return-void
.end method

.method public onLoaded()V
    .registers 2
    iget-object v0, p0, Lorg/apkscan/sample/browser/Tab;->mUrl:Ljava/lang/String;
    invoke-static {v0}, Lorg/apkscan/sample/browser/PageTracker;->track(Ljava/lang/String;)V
    return-void
.end method
