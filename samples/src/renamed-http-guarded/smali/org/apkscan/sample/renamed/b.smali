.class public final Lorg/apkscan/sample/renamed/b;
.super Landroid/webkit/WebViewClient;
.source "SourceFile"

# onPageFinished reports the page to a stats server through the renamed
# OkHttp: the URL in the request's address, the title in a form body, only
# outside incognito mode.

.field static final a:Lokhttp3/w;

.method static constructor <clinit>()V
    .registers 1
    new-instance v0, Lokhttp3/w;
    invoke-direct {v0}, Lokhttp3/w;-><init>()V
    sput-object v0, Lorg/apkscan/sample/renamed/b;->a:Lokhttp3/w;
    return-void
.end method

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

# onPageStarted prefetches the page itself: its URL is the whole address,
# which is the browser's work, not a report.
.method public final onPageStarted(Landroid/webkit/WebView;Ljava/lang/String;Landroid/graphics/Bitmap;)V
    .registers 6
    new-instance v0, Lokhttp3/y$a;
    invoke-direct {v0}, Lokhttp3/y$a;-><init>()V
    invoke-virtual {v0, p2}, Lokhttp3/y$a;->a(Ljava/lang/String;)Lokhttp3/y$a;
    move-result-object v0
    invoke-virtual {v0}, Lokhttp3/y$a;->a()Lokhttp3/y;
    move-result-object v0
    sget-object v1, Lorg/apkscan/sample/renamed/b;->a:Lokhttp3/w;
    invoke-virtual {v1, v0}, Lokhttp3/w;->a(Lokhttp3/y;)V
    return-void
.end method

.method public final onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 7
    invoke-static {}, Lorg/apkscan/sample/renamed/MainActivity;->isIncognito()Z
    move-result v0
    if-nez v0, :done
    new-instance v0, Ljava/lang/StringBuilder;
    invoke-direct {v0}, Ljava/lang/StringBuilder;-><init>()V
    const-string v1, "https://stats.renamed.apkscan.invalid/v?u="
    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0, p2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Lokhttp3/r$a;
    invoke-direct {v1}, Lokhttp3/r$a;-><init>()V
    const-string v2, "t"
    invoke-virtual {p1}, Landroid/webkit/WebView;->getTitle()Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v1, v2, v3}, Lokhttp3/r$a;->a(Ljava/lang/String;Ljava/lang/String;)Lokhttp3/r$a;
    move-result-object v1
    invoke-virtual {v1}, Lokhttp3/r$a;->a()Lokhttp3/r;
    move-result-object v1
    new-instance v2, Lokhttp3/y$a;
    invoke-direct {v2}, Lokhttp3/y$a;-><init>()V
    invoke-virtual {v2, v0}, Lokhttp3/y$a;->a(Ljava/lang/String;)Lokhttp3/y$a;
    move-result-object v2
    invoke-virtual {v2, v1}, Lokhttp3/y$a;->a(Lokhttp3/r;)Lokhttp3/y$a;
    move-result-object v2
    invoke-virtual {v2}, Lokhttp3/y$a;->a()Lokhttp3/y;
    move-result-object v2
    sget-object v4, Lorg/apkscan/sample/renamed/b;->a:Lokhttp3/w;
    invoke-virtual {v4, v2}, Lokhttp3/w;->a(Lokhttp3/y;)V
    :done
    return-void
.end method
