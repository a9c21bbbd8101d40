.class public Lorg/apkscan/test/tr/Self;
.super Landroid/webkit/WebViewClient;

# A tab that is its own client: it keeps the URL when a page starts and,
# when the page has loaded, hands itself to the reporter, which asks it
# for its URL. BUG ON PURPOSE: in incognito mode too.

.field private mUrl:Ljava/lang/String;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public getUrl()Ljava/lang/String;
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/tr/Self;->mUrl:Ljava/lang/String;
    return-object v0
.end method

.method public onPageStarted(Landroid/webkit/WebView;Ljava/lang/String;Landroid/graphics/Bitmap;)V
    .registers 4
    iput-object p2, p0, Lorg/apkscan/test/tr/Self;->mUrl:Ljava/lang/String;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 3
    invoke-static {p0}, Lorg/apkscan/test/tr/Reporter;->self(Lorg/apkscan/test/tr/Self;)V
    return-void
.end method
