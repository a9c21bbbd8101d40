.class public Lorg/apkscan/test/ag/Registered;
.super Landroid/webkit/WebViewClient;

# Makes a layout listener that sends the page's URL before testing the
# incognito flag, and registers it after: the framework calls it only
# once registered, never in incognito mode.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 7
    new-instance v1, Lorg/apkscan/test/ag/LayoutSend;
    invoke-direct {v1, p2}, Lorg/apkscan/test/ag/LayoutSend;-><init>(Ljava/lang/String;)V
    sget-boolean v0, Lorg/apkscan/test/ag/App;->incognito:Z
    if-eqz v0, :register
    return-void
    :register
    invoke-virtual {p1}, Landroid/webkit/WebView;->getViewTreeObserver()Landroid/view/ViewTreeObserver;
    move-result-object v0
    invoke-virtual {v0, v1}, Landroid/view/ViewTreeObserver;->addOnGlobalLayoutListener(Landroid/view/ViewTreeObserver$OnGlobalLayoutListener;)V
    return-void
.end method
