.class public Lorg/apkscan/test/work/App;

# The application hands the IMEI to a WorkManager worker in its input Data;
# the worker sends it when WorkManager runs it, Base64-encoded by Guava and
# by Kotlin's standard library.
.super Landroid/app/Application;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 5
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/work/App;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Landroidx/work/Data$Builder;
    invoke-direct {v1}, Landroidx/work/Data$Builder;-><init>()V
    const-string v2, "imei"
    invoke-virtual {v1, v2, v0}, Landroidx/work/Data$Builder;->putString(Ljava/lang/String;Ljava/lang/String;)Landroidx/work/Data$Builder;
    move-result-object v1
    invoke-virtual {v1}, Landroidx/work/Data$Builder;->build()Landroidx/work/Data;
    move-result-object v1
    new-instance v2, Landroidx/work/OneTimeWorkRequest$Builder;
    const-class v3, Lorg/apkscan/test/work/Upload;
    invoke-direct {v2, v3}, Landroidx/work/OneTimeWorkRequest$Builder;-><init>(Ljava/lang/Class;)V
    invoke-virtual {v2, v1}, Landroidx/work/OneTimeWorkRequest$Builder;->setInputData(Landroidx/work/Data;)Landroidx/work/WorkRequest$Builder;
    move-result-object v2
    invoke-virtual {v2}, Landroidx/work/WorkRequest$Builder;->build()Landroidx/work/WorkRequest;
    move-result-object v2
    invoke-static {p0}, Landroidx/work/WorkManager;->getInstance(Landroid/content/Context;)Landroidx/work/WorkManager;
    move-result-object v3
    invoke-virtual {v3, v2}, Landroidx/work/WorkManager;->enqueue(Landroidx/work/WorkRequest;)Landroidx/work/Operation;
    return-void
.end method
