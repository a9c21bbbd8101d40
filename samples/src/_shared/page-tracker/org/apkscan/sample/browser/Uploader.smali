.class final Lorg/apkscan/sample/browser/Uploader;
.super Ljava/lang/Object;
.source "TrackingWebViewClient.java"

# Uploader is what javac makes of an anonymous Runnable capturing the URL:
# the constructor stores it in val$url, run() tracks it.

.implements Ljava/lang/Runnable;

.field final val$url:Ljava/lang/String;

.method constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/sample/browser/Uploader;->val$url:Ljava/lang/String;
    return-void
.end method

.method public run()V
    .registers 2
    iget-object v0, p0, Lorg/apkscan/sample/browser/Uploader;->val$url:Ljava/lang/String;
    invoke-static {v0}, Lorg/apkscan/sample/browser/PageTracker;->track(Ljava/lang/String;)V
    return-void
.end method
