.class public Lorg/apkscan/test/aa/Tab;
.super Ljava/lang/Object;

# A tab shared by both activities: its client tells the activity that made
# it (its controller) about each finished page.

.field final controller:Lorg/apkscan/test/aa/Controller;

.method public constructor <init>(Landroid/content/Context;Lorg/apkscan/test/aa/Controller;)V
    .registers 5
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p2, p0, Lorg/apkscan/test/aa/Tab;->controller:Lorg/apkscan/test/aa/Controller;
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p1}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/aa/Tab$Client;
    invoke-direct {v1, p0}, Lorg/apkscan/test/aa/Tab$Client;-><init>(Lorg/apkscan/test/aa/Tab;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
