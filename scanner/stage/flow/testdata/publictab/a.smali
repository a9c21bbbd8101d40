.class public Lorg/apkscan/test/pu/a;
.super Landroid/app/Activity;

# The same app whose menu opens another tab that is not private either: a
# WebView made never private is no incognito mode.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const/4 v0, 0x0
    invoke-virtual {p0, v0}, Lorg/apkscan/test/pu/a;->a(Z)V
    return-void
.end method

.method public onOptionsItemSelected(Landroid/view/MenuItem;)Z
    .registers 3
    const/4 v0, 0x0
    invoke-virtual {p0, v0}, Lorg/apkscan/test/pu/a;->a(Z)V
    return v0
.end method

.method public a(Z)V
    .registers 6
    new-instance v0, Landroid/webkit/WebView;
    const/4 v1, 0x0
    const/4 v2, 0x0
    invoke-direct {v0, p0, v1, v2, p1}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;Landroid/util/AttributeSet;IZ)V
    new-instance v1, Lorg/apkscan/test/pu/b;
    invoke-direct {v1}, Lorg/apkscan/test/pu/b;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
