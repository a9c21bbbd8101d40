.class public Lorg/apkscan/test/pe/Open;
.super Landroid/webkit/WebViewClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 7
    new-instance v0, Lorg/apkscan/test/pe/OpenTask;
    invoke-direct {v0}, Lorg/apkscan/test/pe/OpenTask;-><init>()V
    sget-boolean v2, Lorg/apkscan/test/pe/App;->incognito:Z
    if-eqz v2, :run
    const-string v2, "pe"
    const-string v3, "incognito"
    invoke-static {v2, v3}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    :run
    const/4 v1, 1
    new-array v1, v1, [Ljava/lang/Object;
    const/4 v2, 0
    aput-object p2, v1, v2
    invoke-virtual {v0, v1}, Landroid/os/AsyncTask;->execute([Ljava/lang/Object;)Landroid/os/AsyncTask;
    return-void
.end method
