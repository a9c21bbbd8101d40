.class public Lorg/apkscan/test/wp/Flagged;
.super Landroid/webkit/WebViewClient;

# Enqueues a Checked upload of every page, with the mode under "incognito".

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 7
    new-instance v1, Landroidx/work/Data$Builder;
    invoke-direct {v1}, Landroidx/work/Data$Builder;-><init>()V
    const-string v2, "url"
    invoke-virtual {v1, v2, p2}, Landroidx/work/Data$Builder;->putString(Ljava/lang/String;Ljava/lang/String;)Landroidx/work/Data$Builder;
    const-string v2, "incognito"
    sget-boolean v0, Lorg/apkscan/test/wp/App;->incognito:Z
    invoke-virtual {v1, v2, v0}, Landroidx/work/Data$Builder;->putBoolean(Ljava/lang/String;Z)Landroidx/work/Data$Builder;
    invoke-virtual {v1}, Landroidx/work/Data$Builder;->build()Landroidx/work/Data;
    move-result-object v1
    new-instance v2, Landroidx/work/OneTimeWorkRequest$Builder;
    const-class v3, Lorg/apkscan/test/wp/Checked;
    invoke-direct {v2, v3}, Landroidx/work/OneTimeWorkRequest$Builder;-><init>(Ljava/lang/Class;)V
    invoke-virtual {v2, v1}, Landroidx/work/OneTimeWorkRequest$Builder;->setInputData(Landroidx/work/Data;)Landroidx/work/WorkRequest$Builder;
    move-result-object v2
    invoke-virtual {v2}, Landroidx/work/WorkRequest$Builder;->build()Landroidx/work/WorkRequest;
    move-result-object v2
    invoke-virtual {p1}, Landroid/webkit/WebView;->getContext()Landroid/content/Context;
    move-result-object v3
    invoke-static {v3}, Landroidx/work/WorkManager;->getInstance(Landroid/content/Context;)Landroidx/work/WorkManager;
    move-result-object v3
    invoke-virtual {v3, v2}, Landroidx/work/WorkManager;->enqueue(Landroidx/work/WorkRequest;)Landroidx/work/Operation;
    return-void
.end method
