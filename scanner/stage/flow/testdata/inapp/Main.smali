.class public Lorg/apkscan/test/ia/Main;
.super Landroid/app/Activity;

# Three ways the device id stays in the app and goes on there: a local
# broadcast reaches the receiver registered for it, a bound service's
# onBind gets the binding intent, and a notification's pending intent
# starts the app's Note activity with it.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method private id()Ljava/lang/String;
    .registers 2
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/ia/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-direct {p0}, Lorg/apkscan/test/ia/Main;->id()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Landroid/content/Intent;
    const-string v2, "org.apkscan.test.ia.PAGE"
    invoke-direct {v1, v2}, Landroid/content/Intent;-><init>(Ljava/lang/String;)V
    const-string v2, "id"
    invoke-virtual {v1, v2, v0}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    invoke-static {p0}, Landroidx/localbroadcastmanager/content/LocalBroadcastManager;->getInstance(Landroid/content/Context;)Landroidx/localbroadcastmanager/content/LocalBroadcastManager;
    move-result-object v3
    invoke-virtual {v3, v1}, Landroidx/localbroadcastmanager/content/LocalBroadcastManager;->sendBroadcast(Landroid/content/Intent;)Z
    return-void
.end method

.method protected onResume()V
    .registers 5
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    new-instance v0, Lorg/apkscan/test/ia/Receiver;
    invoke-direct {v0}, Lorg/apkscan/test/ia/Receiver;-><init>()V
    new-instance v1, Landroid/content/IntentFilter;
    const-string v2, "org.apkscan.test.ia.PAGE"
    invoke-direct {v1, v2}, Landroid/content/IntentFilter;-><init>(Ljava/lang/String;)V
    invoke-static {p0}, Landroidx/localbroadcastmanager/content/LocalBroadcastManager;->getInstance(Landroid/content/Context;)Landroidx/localbroadcastmanager/content/LocalBroadcastManager;
    move-result-object v3
    invoke-virtual {v3, v0, v1}, Landroidx/localbroadcastmanager/content/LocalBroadcastManager;->registerReceiver(Landroid/content/BroadcastReceiver;Landroid/content/IntentFilter;)V
    return-void
.end method

.method protected onStart()V
    .registers 7
    invoke-super {p0}, Landroid/app/Activity;->onStart()V
    invoke-direct {p0}, Lorg/apkscan/test/ia/Main;->id()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Landroid/content/Intent;
    const-class v2, Lorg/apkscan/test/ia/Svc;
    invoke-direct {v1, p0, v2}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    const-string v2, "id"
    invoke-virtual {v1, v2, v0}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    const/4 v3, 0x0
    const/4 v4, 0x1
    invoke-virtual {p0, v1, v3, v4}, Lorg/apkscan/test/ia/Main;->bindService(Landroid/content/Intent;Landroid/content/ServiceConnection;I)Z
    new-instance v1, Landroid/content/Intent;
    const-class v2, Lorg/apkscan/test/ia/Note;
    invoke-direct {v1, p0, v2}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    const-string v2, "id"
    invoke-virtual {v1, v2, v0}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    const/4 v3, 0x0
    invoke-static {p0, v3, v1, v3}, Landroid/app/PendingIntent;->getActivity(Landroid/content/Context;ILandroid/content/Intent;I)Landroid/app/PendingIntent;
    return-void
.end method
