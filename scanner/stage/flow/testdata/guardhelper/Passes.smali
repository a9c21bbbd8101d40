.class public Lorg/apkscan/test/gh/Passes;
.super Landroid/webkit/WebViewClient;

# Reports the page with !App.incognito (javac's branches): the reporter tracks only when allowed.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 8
    sget-boolean v0, Lorg/apkscan/test/gh/App;->incognito:Z
    if-nez v0, :no
    const/4 v1, 1
    :call
    invoke-static {p2, v1}, Lorg/apkscan/test/gh/Reporter;->page(Ljava/lang/String;Z)V
    return-void
    :no
    const/4 v1, 0
    goto :call
.end method
