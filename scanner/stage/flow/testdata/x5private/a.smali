.class public Lorg/apkscan/test/x5/a;
.super Landroid/app/Activity;

# privatetab on Tencent's X5 WebView, whose constructor copies the
# platform's privateBrowsing parameter.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const/4 v0, 0x0
    invoke-virtual {p0, v0}, Lorg/apkscan/test/x5/a;->a(Z)V
    return-void
.end method

.method public onOptionsItemSelected(Landroid/view/MenuItem;)Z
    .registers 3
    const/4 v0, 0x1
    invoke-virtual {p0, v0}, Lorg/apkscan/test/x5/a;->a(Z)V
    return v0
.end method

.method public a(Z)V
    .registers 6
    new-instance v0, Lcom/tencent/smtt/sdk/WebView;
    const/4 v1, 0x0
    const/4 v2, 0x0
    invoke-direct {v0, p0, v1, v2, p1}, Lcom/tencent/smtt/sdk/WebView;-><init>(Landroid/content/Context;Landroid/util/AttributeSet;IZ)V
    new-instance v1, Lorg/apkscan/test/x5/b;
    invoke-direct {v1}, Lorg/apkscan/test/x5/b;-><init>()V
    invoke-virtual {v0, v1}, Lcom/tencent/smtt/sdk/WebView;->setWebViewClient(Lcom/tencent/smtt/sdk/WebViewClient;)V
    return-void
.end method
