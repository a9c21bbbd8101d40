.class public Lorg/apkscan/test/md/Main;
.super Landroid/app/Activity;

# The device id handed on seven ways the framework calls back: a frame
# callback (Choreographer), a future's stage (CompletableFuture), an idle
# handler (MessageQueue), java.util's observers, an ordered broadcast to
# the app's receiver, a pending intent to another, and a job's extras to
# the JobService its JobInfo names. Each logs it.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/md/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0

    invoke-static {}, Landroid/view/Choreographer;->getInstance()Landroid/view/Choreographer;
    move-result-object v1
    new-instance v2, Lorg/apkscan/test/md/Frame;
    invoke-direct {v2, v0}, Lorg/apkscan/test/md/Frame;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1, v2}, Landroid/view/Choreographer;->postFrameCallback(Landroid/view/Choreographer$FrameCallback;)V

    new-instance v1, Lorg/apkscan/test/md/Supply;
    invoke-direct {v1, v0}, Lorg/apkscan/test/md/Supply;-><init>(Ljava/lang/String;)V
    invoke-static {v1}, Ljava/util/concurrent/CompletableFuture;->supplyAsync(Ljava/util/function/Supplier;)Ljava/util/concurrent/CompletableFuture;
    move-result-object v1
    new-instance v2, Lorg/apkscan/test/md/Print;
    invoke-direct {v2}, Lorg/apkscan/test/md/Print;-><init>()V
    invoke-virtual {v1, v2}, Ljava/util/concurrent/CompletableFuture;->thenAccept(Ljava/util/function/Consumer;)Ljava/util/concurrent/CompletableFuture;

    invoke-static {}, Landroid/os/Looper;->myQueue()Landroid/os/MessageQueue;
    move-result-object v1
    new-instance v2, Lorg/apkscan/test/md/Idle;
    invoke-direct {v2, v0}, Lorg/apkscan/test/md/Idle;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1, v2}, Landroid/os/MessageQueue;->addIdleHandler(Landroid/os/MessageQueue$IdleHandler;)V

    new-instance v1, Lorg/apkscan/test/md/News;
    invoke-direct {v1}, Lorg/apkscan/test/md/News;-><init>()V
    new-instance v2, Lorg/apkscan/test/md/Reader;
    invoke-direct {v2}, Lorg/apkscan/test/md/Reader;-><init>()V
    invoke-virtual {v1, v2}, Lorg/apkscan/test/md/News;->addObserver(Ljava/util/Observer;)V
    invoke-virtual {v1, v0}, Lorg/apkscan/test/md/News;->publish(Ljava/lang/Object;)V

    new-instance v1, Landroid/content/Intent;
    const-class v2, Lorg/apkscan/test/md/Receiver;
    invoke-direct {v1, p0, v2}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    const-string v2, "id"
    invoke-virtual {v1, v2, v0}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    const/4 v2, 0x0
    invoke-virtual {p0, v1, v2}, Lorg/apkscan/test/md/Main;->sendOrderedBroadcast(Landroid/content/Intent;Ljava/lang/String;)V

    new-instance v1, Landroid/content/Intent;
    const-class v2, Lorg/apkscan/test/md/Alarm;
    invoke-direct {v1, p0, v2}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    const-string v2, "id"
    invoke-virtual {v1, v2, v0}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    const/4 v2, 0x0
    invoke-static {p0, v2, v1, v2}, Landroid/app/PendingIntent;->getBroadcast(Landroid/content/Context;ILandroid/content/Intent;I)Landroid/app/PendingIntent;
    move-result-object v1
    invoke-virtual {v1}, Landroid/app/PendingIntent;->send()V

    new-instance v1, Landroid/os/PersistableBundle;
    invoke-direct {v1}, Landroid/os/PersistableBundle;-><init>()V
    const-string v2, "id"
    invoke-virtual {v1, v2, v0}, Landroid/os/PersistableBundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    new-instance v2, Landroid/content/ComponentName;
    const-class v3, Lorg/apkscan/test/md/Job;
    invoke-direct {v2, p0, v3}, Landroid/content/ComponentName;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    new-instance v3, Landroid/app/job/JobInfo$Builder;
    const/4 v0, 0x7
    invoke-direct {v3, v0, v2}, Landroid/app/job/JobInfo$Builder;-><init>(ILandroid/content/ComponentName;)V
    invoke-virtual {v3, v1}, Landroid/app/job/JobInfo$Builder;->setExtras(Landroid/os/PersistableBundle;)Landroid/app/job/JobInfo$Builder;
    move-result-object v3
    invoke-virtual {v3}, Landroid/app/job/JobInfo$Builder;->build()Landroid/app/job/JobInfo;
    move-result-object v3
    const-string v0, "jobscheduler"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/md/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/app/job/JobScheduler;
    invoke-virtual {v0, v3}, Landroid/app/job/JobScheduler;->schedule(Landroid/app/job/JobInfo;)I
    return-void
.end method
