.class public Lorg/apkscan/test/pe/App;
.super Landroid/app/Application;

# A browser whose clients hand each page's URL to an AsyncTask: its
# doInBackground returns the URL and onPostExecute sends what it is
# given. Guarded starts its task only outside incognito mode; Open always
# does, its task made before a branch that joins again (the class is
# still known at execute: no other task runs). The app also runs IdTask,
# whose result is the IMEI, and DoneTask, which reads the IMEI but
# returns a constant.

.field static incognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 4
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/pe/Guarded;
    invoke-direct {v1}, Lorg/apkscan/test/pe/Guarded;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/pe/Open;
    invoke-direct {v1}, Lorg/apkscan/test/pe/Open;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    const/4 v2, 0
    new-array v2, v2, [Ljava/lang/Object;
    new-instance v0, Lorg/apkscan/test/pe/IdTask;
    invoke-direct {v0, p0}, Lorg/apkscan/test/pe/IdTask;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, v2}, Lorg/apkscan/test/pe/IdTask;->execute([Ljava/lang/Object;)Landroid/os/AsyncTask;
    new-instance v0, Lorg/apkscan/test/pe/DoneTask;
    invoke-direct {v0, p0}, Lorg/apkscan/test/pe/DoneTask;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, v2}, Lorg/apkscan/test/pe/DoneTask;->execute([Ljava/lang/Object;)Landroid/os/AsyncTask;
    return-void
.end method
