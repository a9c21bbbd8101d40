.class public Lorg/apkscan/test/st/Client;
.super Landroid/webkit/WebViewClient;

.field private final tab:Lorg/apkscan/test/st/Tab;

.method public constructor <init>(Lorg/apkscan/test/st/Tab;)V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/st/Client;->tab:Lorg/apkscan/test/st/Tab;
    return-void
.end method

.method public onPageStarted(Landroid/webkit/WebView;Ljava/lang/String;Landroid/graphics/Bitmap;)V
    .registers 5
    iget-object v0, p0, Lorg/apkscan/test/st/Client;->tab:Lorg/apkscan/test/st/Tab;
    invoke-virtual {v0, p2}, Lorg/apkscan/test/st/Tab;->onLeft(Ljava/lang/String;)V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/st/Client;->tab:Lorg/apkscan/test/st/Tab;
    invoke-virtual {v0, p2}, Lorg/apkscan/test/st/Tab;->onVisited(Ljava/lang/String;)V
    return-void
.end method
