.class public Lorg/apkscan/test/svc/Client;
.super Landroid/webkit/WebViewClient;

.field final ctx:Landroid/content/Context;

.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/svc/Client;->ctx:Landroid/content/Context;
    return-void
.end method

# Each page goes to services of the app's own, by explicit intents:
# Stats only outside incognito mode, Upload always, and Work, a
# JobIntentService given the intent, always; Off, which the manifest
# disables, never runs.
.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 7
    sget-boolean v0, Lorg/apkscan/test/svc/Main;->incognito:Z
    if-nez v0, :skip
    iget-object v0, p0, Lorg/apkscan/test/svc/Client;->ctx:Landroid/content/Context;
    new-instance v1, Landroid/content/Intent;
    const-class v2, Lorg/apkscan/test/svc/Stats;
    invoke-direct {v1, v0, v2}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    const-string v2, "u"
    invoke-virtual {v1, v2, p2}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    invoke-virtual {v0, v1}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;
    :skip
    iget-object v0, p0, Lorg/apkscan/test/svc/Client;->ctx:Landroid/content/Context;
    new-instance v1, Landroid/content/Intent;
    const-class v2, Lorg/apkscan/test/svc/Upload;
    invoke-direct {v1, v0, v2}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    const-string v2, "u"
    invoke-virtual {v1, v2, p2}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    invoke-virtual {v0, v1}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;
    new-instance v1, Landroid/content/Intent;
    const-class v2, Lorg/apkscan/test/svc/Off;
    invoke-direct {v1, v0, v2}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    const-string v2, "u"
    invoke-virtual {v1, v2, p2}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    invoke-virtual {v0, v1}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;
    const-class v2, Lorg/apkscan/test/svc/Work;
    const/4 v3, 0x1
    invoke-static {v0, v2, v3, v1}, Landroidx/core/app/JobIntentService;->enqueueWork(Landroid/content/Context;Ljava/lang/Class;ILandroid/content/Intent;)V
    return-void
.end method

# The device id goes to the app's own receiver: no intent leaves the app,
# the receiver logs it.
.method public onPageStarted(Landroid/webkit/WebView;Ljava/lang/String;Landroid/graphics/Bitmap;)V
    .registers 7
    iget-object v0, p0, Lorg/apkscan/test/svc/Client;->ctx:Landroid/content/Context;
    const-string v1, "phone"
    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Landroid/telephony/TelephonyManager;
    invoke-virtual {v1}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    new-instance v2, Landroid/content/Intent;
    const-class v3, Lorg/apkscan/test/svc/Ping;
    invoke-direct {v2, v0, v3}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    const-string v3, "id"
    invoke-virtual {v2, v3, v1}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    invoke-virtual {v0, v2}, Landroid/content/Context;->sendBroadcast(Landroid/content/Intent;)V
    return-void
.end method
