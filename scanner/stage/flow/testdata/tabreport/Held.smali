.class public Lorg/apkscan/test/tr/Held;
.super Landroid/webkit/WebViewClient;

# As Client, with the tab reached through a holder's getter:
# holder.getTab().setUrl(url), then the reporter given holder.getTab().
# BUG ON PURPOSE: in incognito mode too.

.field private final mHolder:Lorg/apkscan/test/tr/Holder;

.method public constructor <init>()V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    new-instance v0, Lorg/apkscan/test/tr/Holder;
    invoke-direct {v0}, Lorg/apkscan/test/tr/Holder;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/tr/Held;->mHolder:Lorg/apkscan/test/tr/Holder;
    return-void
.end method

.method public onPageStarted(Landroid/webkit/WebView;Ljava/lang/String;Landroid/graphics/Bitmap;)V
    .registers 5
    iget-object v0, p0, Lorg/apkscan/test/tr/Held;->mHolder:Lorg/apkscan/test/tr/Holder;
    invoke-virtual {v0}, Lorg/apkscan/test/tr/Holder;->getTab()Lorg/apkscan/test/tr/Tab;
    move-result-object v0
    invoke-virtual {v0, p2}, Lorg/apkscan/test/tr/Tab;->setUrl(Ljava/lang/String;)V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/tr/Held;->mHolder:Lorg/apkscan/test/tr/Holder;
    invoke-virtual {v0}, Lorg/apkscan/test/tr/Holder;->getTab()Lorg/apkscan/test/tr/Tab;
    move-result-object v0
    invoke-static {v0}, Lorg/apkscan/test/tr/Reporter;->loaded(Lorg/apkscan/test/tr/Tab;)V
    return-void
.end method
