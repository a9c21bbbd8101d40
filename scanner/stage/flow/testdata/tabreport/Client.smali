.class public Lorg/apkscan/test/tr/Client;
.super Landroid/webkit/WebViewClient;

# onPageStarted keeps the URL in the client's tab; onPageFinished hands the
# tab to the reporter, which asks it for its URL. BUG ON PURPOSE: in
# incognito mode too.

.field private final mTab:Lorg/apkscan/test/tr/Tab;

.method public constructor <init>()V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    new-instance v0, Lorg/apkscan/test/tr/Tab;
    invoke-direct {v0}, Lorg/apkscan/test/tr/Tab;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/tr/Client;->mTab:Lorg/apkscan/test/tr/Tab;
    return-void
.end method

.method public onPageStarted(Landroid/webkit/WebView;Ljava/lang/String;Landroid/graphics/Bitmap;)V
    .registers 5
    iget-object v0, p0, Lorg/apkscan/test/tr/Client;->mTab:Lorg/apkscan/test/tr/Tab;
    invoke-virtual {v0, p2}, Lorg/apkscan/test/tr/Tab;->setUrl(Ljava/lang/String;)V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4

    iget-object v0, p0, Lorg/apkscan/test/tr/Client;->mTab:Lorg/apkscan/test/tr/Tab;
    invoke-static {v0}, Lorg/apkscan/test/tr/Reporter;->loaded(Lorg/apkscan/test/tr/Tab;)V

    return-void
.end method
