.class Lorg/apkscan/test/aa/Tab$Client;
.super Landroid/webkit/WebViewClient;

.field final synthetic this$0:Lorg/apkscan/test/aa/Tab;

.method constructor <init>(Lorg/apkscan/test/aa/Tab;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/aa/Tab$Client;->this$0:Lorg/apkscan/test/aa/Tab;
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/aa/Tab$Client;->this$0:Lorg/apkscan/test/aa/Tab;
    iget-object v0, v0, Lorg/apkscan/test/aa/Tab;->controller:Lorg/apkscan/test/aa/Controller;
    invoke-interface {v0, p2}, Lorg/apkscan/test/aa/Controller;->onPage(Ljava/lang/String;)V
    return-void
.end method
