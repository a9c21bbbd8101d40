.class public Lorg/apkscan/test/je/Client;
.super Landroid/webkit/WebViewClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    invoke-virtual {p1}, Landroid/webkit/WebView;->getContext()Landroid/content/Context;
    move-result-object v0
    invoke-static {v0, p2}, Lorg/apkscan/test/je/Client;->upload(Landroid/content/Context;Ljava/lang/String;)V
    invoke-static {v0, p2}, Lorg/apkscan/test/je/Client;->checked(Landroid/content/Context;Ljava/lang/String;)V
    sget-boolean v1, Lorg/apkscan/test/je/App;->incognito:Z
    if-nez v1, :done
    invoke-static {v0, p2}, Lorg/apkscan/test/je/Client;->audit(Landroid/content/Context;Ljava/lang/String;)V
    :done
    return-void
.end method

# The builder's setters are called apart, their results dropped.
.method private static upload(Landroid/content/Context;Ljava/lang/String;)V
    .registers 7
    new-instance v0, Landroid/os/PersistableBundle;
    invoke-direct {v0}, Landroid/os/PersistableBundle;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p1}, Landroid/os/PersistableBundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    new-instance v1, Landroid/content/ComponentName;
    const-class v2, Lorg/apkscan/test/je/Upload;
    invoke-direct {v1, p0, v2}, Landroid/content/ComponentName;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    new-instance v2, Landroid/app/job/JobInfo$Builder;
    const/16 v3, 0x65
    invoke-direct {v2, v3, v1}, Landroid/app/job/JobInfo$Builder;-><init>(ILandroid/content/ComponentName;)V
    invoke-virtual {v2, v0}, Landroid/app/job/JobInfo$Builder;->setExtras(Landroid/os/PersistableBundle;)Landroid/app/job/JobInfo$Builder;
    const/4 v3, 0x1
    invoke-virtual {v2, v3}, Landroid/app/job/JobInfo$Builder;->setRequiredNetworkType(I)Landroid/app/job/JobInfo$Builder;
    invoke-virtual {v2}, Landroid/app/job/JobInfo$Builder;->build()Landroid/app/job/JobInfo;
    move-result-object v2
    const-string v3, "jobscheduler"
    invoke-virtual {p0, v3}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v3
    check-cast v3, Landroid/app/job/JobScheduler;
    invoke-virtual {v3, v2}, Landroid/app/job/JobScheduler;->schedule(Landroid/app/job/JobInfo;)I
    return-void
.end method

.method private static audit(Landroid/content/Context;Ljava/lang/String;)V
    .registers 7
    new-instance v0, Landroid/os/PersistableBundle;
    invoke-direct {v0}, Landroid/os/PersistableBundle;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p1}, Landroid/os/PersistableBundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    new-instance v1, Landroid/content/ComponentName;
    const-class v2, Lorg/apkscan/test/je/Audit;
    invoke-direct {v1, p0, v2}, Landroid/content/ComponentName;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    new-instance v2, Landroid/app/job/JobInfo$Builder;
    const/16 v3, 0x65
    invoke-direct {v2, v3, v1}, Landroid/app/job/JobInfo$Builder;-><init>(ILandroid/content/ComponentName;)V
    invoke-virtual {v2, v0}, Landroid/app/job/JobInfo$Builder;->setExtras(Landroid/os/PersistableBundle;)Landroid/app/job/JobInfo$Builder;
    const/4 v3, 0x1
    invoke-virtual {v2, v3}, Landroid/app/job/JobInfo$Builder;->setRequiredNetworkType(I)Landroid/app/job/JobInfo$Builder;
    invoke-virtual {v2}, Landroid/app/job/JobInfo$Builder;->build()Landroid/app/job/JobInfo;
    move-result-object v2
    const-string v3, "jobscheduler"
    invoke-virtual {p0, v3}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v3
    check-cast v3, Landroid/app/job/JobScheduler;
    invoke-virtual {v3, v2}, Landroid/app/job/JobScheduler;->schedule(Landroid/app/job/JobInfo;)I
    return-void
.end method

# Every page, with the mode as an int its job tests.
.method private static checked(Landroid/content/Context;Ljava/lang/String;)V
    .registers 7
    new-instance v0, Landroid/os/PersistableBundle;
    invoke-direct {v0}, Landroid/os/PersistableBundle;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p1}, Landroid/os/PersistableBundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    const-string v1, "incognito"
    sget-boolean v2, Lorg/apkscan/test/je/App;->incognito:Z
    invoke-virtual {v0, v1, v2}, Landroid/os/PersistableBundle;->putInt(Ljava/lang/String;I)V
    new-instance v1, Landroid/content/ComponentName;
    const-class v2, Lorg/apkscan/test/je/Checked;
    invoke-direct {v1, p0, v2}, Landroid/content/ComponentName;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    new-instance v2, Landroid/app/job/JobInfo$Builder;
    const/16 v3, 0x65
    invoke-direct {v2, v3, v1}, Landroid/app/job/JobInfo$Builder;-><init>(ILandroid/content/ComponentName;)V
    invoke-virtual {v2, v0}, Landroid/app/job/JobInfo$Builder;->setExtras(Landroid/os/PersistableBundle;)Landroid/app/job/JobInfo$Builder;
    const/4 v3, 0x1
    invoke-virtual {v2, v3}, Landroid/app/job/JobInfo$Builder;->setRequiredNetworkType(I)Landroid/app/job/JobInfo$Builder;
    invoke-virtual {v2}, Landroid/app/job/JobInfo$Builder;->build()Landroid/app/job/JobInfo;
    move-result-object v2
    const-string v3, "jobscheduler"
    invoke-virtual {p0, v3}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v3
    check-cast v3, Landroid/app/job/JobScheduler;
    invoke-virtual {v3, v2}, Landroid/app/job/JobScheduler;->schedule(Landroid/app/job/JobInfo;)I
    return-void
.end method
