.class Lorg/apkscan/test/pa/Tab$Client;
.super Landroid/webkit/WebViewClient;

.field final synthetic this$0:Lorg/apkscan/test/pa/Tab;

.method constructor <init>(Lorg/apkscan/test/pa/Tab;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/pa/Tab$Client;->this$0:Lorg/apkscan/test/pa/Tab;
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/pa/Tab$Client;->this$0:Lorg/apkscan/test/pa/Tab;
    iget-object v0, v0, Lorg/apkscan/test/pa/Tab;->controller:Lorg/apkscan/test/pa/Controller;
    invoke-interface {v0, p2}, Lorg/apkscan/test/pa/Controller;->onPage(Ljava/lang/String;)V
    return-void
.end method
