.class public Lorg/apkscan/test/st/Client;
.super Landroid/webkit/WebViewClient;

# Keeps each page's URL in the current tab and, unless in incognito mode,
# counts the visit; ten seconds later its Reporter tracks the current
# tab's URL whatever the mode.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6
    invoke-static {}, Lorg/apkscan/test/st/TabManager;->getInstance()Lorg/apkscan/test/st/TabManager;
    move-result-object v0
    invoke-virtual {v0}, Lorg/apkscan/test/st/TabManager;->getCurrentTab()Lorg/apkscan/test/st/Tab;
    move-result-object v0
    invoke-virtual {v0, p2}, Lorg/apkscan/test/st/Tab;->setUrl(Ljava/lang/String;)V
    sget-boolean v0, Lorg/apkscan/test/st/App;->incognito:Z
    if-nez v0, :post
    sget v0, Lorg/apkscan/test/st/App;->visits:I
    add-int/lit8 v0, v0, 0x1
    sput v0, Lorg/apkscan/test/st/App;->visits:I
    :post
    new-instance v0, Landroid/os/Handler;
    invoke-direct {v0}, Landroid/os/Handler;-><init>()V
    new-instance v1, Lorg/apkscan/test/st/Reporter;
    invoke-direct {v1}, Lorg/apkscan/test/st/Reporter;-><init>()V
    const-wide/16 v2, 0x2710
    invoke-virtual {v0, v1, v2, v3}, Landroid/os/Handler;->postDelayed(Ljava/lang/Runnable;J)Z
    return-void
.end method
