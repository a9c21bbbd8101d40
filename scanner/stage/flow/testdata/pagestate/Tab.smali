.class public Lorg/apkscan/test/ps/Tab;
.super Ljava/lang/Object;

.field mController:Lorg/apkscan/test/ps/Controller;
.field mCurrentState:Lorg/apkscan/test/ps/PageState;

.method public constructor <init>(Landroid/content/Context;Lorg/apkscan/test/ps/Controller;)V
    .registers 5
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p2, p0, Lorg/apkscan/test/ps/Tab;->mController:Lorg/apkscan/test/ps/Controller;
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p1}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ps/Tab$1;
    invoke-direct {v1, p0}, Lorg/apkscan/test/ps/Tab$1;-><init>(Lorg/apkscan/test/ps/Tab;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method

.method public getUrl()Ljava/lang/String;
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/ps/Tab;->mCurrentState:Lorg/apkscan/test/ps/PageState;
    iget-object v0, v0, Lorg/apkscan/test/ps/PageState;->mUrl:Ljava/lang/String;
    return-object v0
.end method
