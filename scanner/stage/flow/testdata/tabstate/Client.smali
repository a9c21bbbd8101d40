.class public Lorg/apkscan/test/ts/Client;
.super Landroid/webkit/WebViewClient;

# Tells its tab, and its box, each page that starts.

.field final tab:Lorg/apkscan/test/ts/Tab;
.field final box:Lorg/apkscan/test/ts/Box;

.method public constructor <init>(Lorg/apkscan/test/ts/Tab;Lorg/apkscan/test/ts/Box;)V
    .registers 3
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ts/Client;->tab:Lorg/apkscan/test/ts/Tab;
    iput-object p2, p0, Lorg/apkscan/test/ts/Client;->box:Lorg/apkscan/test/ts/Box;
    return-void
.end method

.method public onPageStarted(Landroid/webkit/WebView;Ljava/lang/String;Landroid/graphics/Bitmap;)V
    .registers 5
    iget-object v0, p0, Lorg/apkscan/test/ts/Client;->tab:Lorg/apkscan/test/ts/Tab;
    invoke-virtual {v0, p2}, Lorg/apkscan/test/ts/Tab;->setUrl(Ljava/lang/String;)V
    iget-object v0, p0, Lorg/apkscan/test/ts/Client;->box:Lorg/apkscan/test/ts/Box;
    invoke-virtual {v0, p2}, Lorg/apkscan/test/ts/Box;->set(Ljava/lang/String;)V
    return-void
.end method
