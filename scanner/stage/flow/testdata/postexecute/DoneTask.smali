.class final Lorg/apkscan/test/pe/DoneTask;
.super Landroid/os/AsyncTask;

.field private final context:Landroid/content/Context;

.method constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Landroid/os/AsyncTask;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/pe/DoneTask;->context:Landroid/content/Context;
    return-void
.end method

.method protected varargs doInBackground([Ljava/lang/Object;)Ljava/lang/Object;
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/pe/DoneTask;->context:Landroid/content/Context;
    const-string v1, "phone"
    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    const-string v1, "done"
    return-object v1
.end method

.method protected onPostExecute(Ljava/lang/Object;)V
    .registers 4
    invoke-virtual {p1}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v0
    const-string v1, "pe"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
