.class public abstract Landroidx/work/ListenableWorker;
.super Ljava/lang/Object;

# A stand-in for the library class an app bundles (our own code): the
# input Data comes from the worker's parameters, which no code here
# shows. Rules on this type apply to the app's workers, its subclasses.

.field private mInputData:Landroidx/work/Data;

.method public constructor <init>(Landroid/content/Context;Landroidx/work/WorkerParameters;)V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public final getInputData()Landroidx/work/Data;
    .registers 2
    iget-object v0, p0, Landroidx/work/ListenableWorker;->mInputData:Landroidx/work/Data;
    return-object v0
.end method
