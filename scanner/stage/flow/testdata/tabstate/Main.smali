.class public Lorg/apkscan/test/ts/Main;
.super Landroid/app/Activity;

# A browser keeping the page's URL in its tab (Tab, made here only) and
# in one of two boxes (Box, made twice). When the activity pauses it
# reports its tab's URL to a stats host (browsing data: the tab the
# client updates is the one tab kind) and the other box's value to
# Flurry (nothing: that box never holds the URL).

.field mTab:Lorg/apkscan/test/ts/Tab;
.field mPage:Lorg/apkscan/test/ts/Box;
.field mNote:Lorg/apkscan/test/ts/Box;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lorg/apkscan/test/ts/Tab;
    invoke-direct {v0}, Lorg/apkscan/test/ts/Tab;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/ts/Main;->mTab:Lorg/apkscan/test/ts/Tab;
    new-instance v1, Lorg/apkscan/test/ts/Box;
    invoke-direct {v1}, Lorg/apkscan/test/ts/Box;-><init>()V
    iput-object v1, p0, Lorg/apkscan/test/ts/Main;->mPage:Lorg/apkscan/test/ts/Box;
    new-instance v2, Lorg/apkscan/test/ts/Box;
    invoke-direct {v2}, Lorg/apkscan/test/ts/Box;-><init>()V
    const-string v3, "release notes"
    invoke-virtual {v2, v3}, Lorg/apkscan/test/ts/Box;->set(Ljava/lang/String;)V
    iput-object v2, p0, Lorg/apkscan/test/ts/Main;->mNote:Lorg/apkscan/test/ts/Box;
    new-instance v3, Landroid/webkit/WebView;
    invoke-direct {v3, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v4, Lorg/apkscan/test/ts/Client;
    invoke-direct {v4, v0, v1}, Lorg/apkscan/test/ts/Client;-><init>(Lorg/apkscan/test/ts/Tab;Lorg/apkscan/test/ts/Box;)V
    invoke-virtual {v3, v4}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    invoke-virtual {p0, v3}, Landroid/app/Activity;->setContentView(Landroid/view/View;)V
    return-void
.end method

.method protected onPause()V
    .registers 5
    invoke-super {p0}, Landroid/app/Activity;->onPause()V
    iget-object v0, p0, Lorg/apkscan/test/ts/Main;->mTab:Lorg/apkscan/test/ts/Tab;
    invoke-virtual {v0}, Lorg/apkscan/test/ts/Tab;->getUrl()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/lang/StringBuilder;
    const-string v2, "https://stats.example.net/leave?u="
    invoke-direct {v1, v2}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1, v0}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v1}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    iget-object v0, p0, Lorg/apkscan/test/ts/Main;->mNote:Lorg/apkscan/test/ts/Box;
    invoke-virtual {v0}, Lorg/apkscan/test/ts/Box;->get()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/util/HashMap;
    invoke-direct {v1}, Ljava/util/HashMap;-><init>()V
    const-string v2, "note"
    invoke-interface {v1, v2, v0}, Ljava/util/Map;->put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;
    const-string v2, "leave"
    invoke-static {v2, v1}, Lcom/flurry/android/FlurryAgent;->logEvent(Ljava/lang/String;Ljava/util/Map;)Lcom/flurry/android/FlurryEventRecordStatus;
    return-void
.end method
