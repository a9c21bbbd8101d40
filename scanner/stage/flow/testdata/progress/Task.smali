.class public Lorg/apkscan/test/pg/Task;
.super Landroid/os/AsyncTask;

# doInBackground publishes the IMEI; onProgressUpdate logs what it gets.

.field private final context:Landroid/content/Context;

.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Landroid/os/AsyncTask;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/pg/Task;->context:Landroid/content/Context;
    return-void
.end method

.method protected varargs doInBackground([Ljava/lang/Object;)Ljava/lang/Object;
    .registers 6
    iget-object v0, p0, Lorg/apkscan/test/pg/Task;->context:Landroid/content/Context;
    const-string v1, "phone"
    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    const/4 v1, 1
    new-array v1, v1, [Ljava/lang/Object;
    const/4 v2, 0
    aput-object v0, v1, v2
    invoke-virtual {p0, v1}, Lorg/apkscan/test/pg/Task;->publishProgress([Ljava/lang/Object;)V
    const/4 v0, 0
    return-object v0
.end method

.method protected varargs onProgressUpdate([Ljava/lang/Object;)V
    .registers 5
    const/4 v0, 0
    aget-object v0, p1, v0
    invoke-virtual {v0}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v0
    const-string v1, "pg"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
