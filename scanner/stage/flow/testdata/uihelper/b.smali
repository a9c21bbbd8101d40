.class public Lorg/apkscan/test/ui/b;
.super Ljava/lang/Object;

.field public a:Z

.method public constructor <init>(Landroid/app/Activity;Z)V
    .registers 5
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-boolean p2, p0, Lorg/apkscan/test/ui/b;->a:Z
    invoke-virtual {p0, p1}, Lorg/apkscan/test/ui/b;->t(Landroid/app/Activity;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p1}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ui/c;
    invoke-direct {v1, p0}, Lorg/apkscan/test/ui/c;-><init>(Lorg/apkscan/test/ui/b;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method

# The title, by a helper for each side: p sets
# R.string.incognito_tab_title where the flag is true, n
# R.string.tab_title where it is false.
.method public t(Landroid/app/Activity;)V
    .registers 3
    iget-boolean v0, p0, Lorg/apkscan/test/ui/b;->a:Z
    if-eqz v0, :normal
    invoke-virtual {p0, p1}, Lorg/apkscan/test/ui/b;->p(Landroid/app/Activity;)V
    return-void
    :normal
    invoke-virtual {p0, p1}, Lorg/apkscan/test/ui/b;->n(Landroid/app/Activity;)V
    return-void
.end method

.method public p(Landroid/app/Activity;)V
    .registers 3
    const v0, 0x7f020002
    invoke-virtual {p1, v0}, Landroid/app/Activity;->setTitle(I)V
    return-void
.end method

.method public n(Landroid/app/Activity;)V
    .registers 3
    const v0, 0x7f020001
    invoke-virtual {p1, v0}, Landroid/app/Activity;->setTitle(I)V
    return-void
.end method

# A getter the shrinker kept.
.method public b()Z
    .registers 2
    iget-boolean v0, p0, Lorg/apkscan/test/ui/b;->a:Z
    return v0
.end method
