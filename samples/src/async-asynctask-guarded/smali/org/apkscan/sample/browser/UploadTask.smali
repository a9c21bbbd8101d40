.class final Lorg/apkscan/sample/browser/UploadTask;
.super Landroid/os/AsyncTask;
.source "UploadTask.java"

# UploadTask tracks each URL it is executed with, in doInBackground.

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/os/AsyncTask;-><init>()V
    return-void
.end method

.method protected varargs doInBackground([Ljava/lang/Object;)Ljava/lang/Object;
    .registers 4
    const/4 v0, 0x0
    aget-object v1, p1, v0
    check-cast v1, Ljava/lang/String;
    invoke-static {v1}, Lorg/apkscan/sample/browser/PageTracker;->track(Ljava/lang/String;)V
    const/4 v0, 0x0
    return-object v0
.end method
