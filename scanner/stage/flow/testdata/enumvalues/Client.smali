.class public Lorg/apkscan/test/ev/Client;
.super Landroid/webkit/WebViewClient;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

# Every mode reports where the page starts: through values(), NORMAL too.
.method public onPageStarted(Landroid/webkit/WebView;Ljava/lang/String;Landroid/graphics/Bitmap;)V
    .registers 7
    invoke-static {}, Lorg/apkscan/test/ev/Mode;->values()[Lorg/apkscan/test/ev/Mode;
    move-result-object v0
    invoke-virtual {p1}, Landroid/webkit/WebView;->getContext()Landroid/content/Context;
    move-result-object v1
    array-length v2, v0
    const/4 v3, 0x0
    :loop
    if-ge v3, v2, :done
    aget-object v4, v0, v3
    invoke-virtual {v4, v1, p2}, Lorg/apkscan/test/ev/Mode;->report(Landroid/content/Context;Ljava/lang/String;)V
    add-int/lit8 v3, v3, 0x1
    goto :loop
    :done
    return-void
.end method
