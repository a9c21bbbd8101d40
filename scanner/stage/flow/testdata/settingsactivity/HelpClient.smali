.class public Lorg/apkscan/test/sa/HelpClient;
.super Landroid/webkit/WebViewClient;

# The settings screen's help page: it only shows it.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 3
    invoke-virtual {p1}, Landroid/webkit/WebView;->requestFocus()Z
    return-void
.end method
