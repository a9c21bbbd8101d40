.class public Lorg/apkscan/test/lz/Main;
.super Landroid/app/Activity;

# A Kotlin browser whose tab reads its mode once, `by lazy {}` from the
# intent, its property renamed by R8: the client uploads pages to
# Firebase only outside incognito mode, to Sensors Analytics always.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/lz/a;
    invoke-virtual {p0}, Landroid/app/Activity;->getIntent()Landroid/content/Intent;
    move-result-object v2
    invoke-direct {v1, p0, v2}, Lorg/apkscan/test/lz/a;-><init>(Landroid/content/Context;Landroid/content/Intent;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
