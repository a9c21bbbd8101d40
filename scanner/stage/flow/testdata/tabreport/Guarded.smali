.class public Lorg/apkscan/test/tr/Guarded;
.super Landroid/webkit/WebViewClient;

# As Client, but the tab is reported only outside incognito mode.

.field private final mTab:Lorg/apkscan/test/tr/Tab;

.method public constructor <init>()V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    new-instance v0, Lorg/apkscan/test/tr/Tab;
    invoke-direct {v0}, Lorg/apkscan/test/tr/Tab;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/tr/Guarded;->mTab:Lorg/apkscan/test/tr/Tab;
    return-void
.end method

.method public onPageStarted(Landroid/webkit/WebView;Ljava/lang/String;Landroid/graphics/Bitmap;)V
    .registers 5
    iget-object v0, p0, Lorg/apkscan/test/tr/Guarded;->mTab:Lorg/apkscan/test/tr/Tab;
    invoke-virtual {v0, p2}, Lorg/apkscan/test/tr/Tab;->setUrl(Ljava/lang/String;)V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    sget-boolean v0, Lorg/apkscan/test/tr/Main;->sIncognito:Z
    if-nez v0, :done
    iget-object v0, p0, Lorg/apkscan/test/tr/Guarded;->mTab:Lorg/apkscan/test/tr/Tab;
    invoke-static {v0}, Lorg/apkscan/test/tr/Reporter;->loaded(Lorg/apkscan/test/tr/Tab;)V
    :done
    return-void
.end method
