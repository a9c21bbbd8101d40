.class Lorg/apkscan/test/ps/Tab$1;
.super Landroid/webkit/WebViewClient;

.field final synthetic this$0:Lorg/apkscan/test/ps/Tab;

.method constructor <init>(Lorg/apkscan/test/ps/Tab;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/ps/Tab$1;->this$0:Lorg/apkscan/test/ps/Tab;
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageStarted(Landroid/webkit/WebView;Ljava/lang/String;Landroid/graphics/Bitmap;)V
    .registers 6
    iget-object v0, p0, Lorg/apkscan/test/ps/Tab$1;->this$0:Lorg/apkscan/test/ps/Tab;
    new-instance v1, Lorg/apkscan/test/ps/PageState;
    invoke-direct {v1, p2}, Lorg/apkscan/test/ps/PageState;-><init>(Ljava/lang/String;)V
    iput-object v1, v0, Lorg/apkscan/test/ps/Tab;->mCurrentState:Lorg/apkscan/test/ps/PageState;
    return-void
.end method

.method public doUpdateVisitedHistory(Landroid/webkit/WebView;Ljava/lang/String;Z)V
    .registers 5
    iget-object v0, p0, Lorg/apkscan/test/ps/Tab$1;->this$0:Lorg/apkscan/test/ps/Tab;
    iget-object v0, v0, Lorg/apkscan/test/ps/Tab;->mCurrentState:Lorg/apkscan/test/ps/PageState;
    iput-object p2, v0, Lorg/apkscan/test/ps/PageState;->mUrl:Ljava/lang/String;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 5
    iget-object v0, p0, Lorg/apkscan/test/ps/Tab$1;->this$0:Lorg/apkscan/test/ps/Tab;
    iget-object v1, v0, Lorg/apkscan/test/ps/Tab;->mController:Lorg/apkscan/test/ps/Controller;
    invoke-virtual {v1, v0}, Lorg/apkscan/test/ps/Controller;->onPageFinished(Lorg/apkscan/test/ps/Tab;)V
    return-void
.end method
