.class public abstract Landroidx/work/Worker;
.super Landroidx/work/ListenableWorker;

# A stand-in for the bundled library class (our own code).

.method public constructor <init>(Landroid/content/Context;Landroidx/work/WorkerParameters;)V
    .registers 3
    invoke-direct {p0, p1, p2}, Landroidx/work/ListenableWorker;-><init>(Landroid/content/Context;Landroidx/work/WorkerParameters;)V
    return-void
.end method

.method public abstract doWork()Landroidx/work/ListenableWorker$Result;
.end method
