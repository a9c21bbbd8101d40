.class public Lorg/apkscan/test/uv/b;
.super Ljava/lang/Object;

.field public a:Z

.method public constructor <init>(Landroid/app/Activity;Z)V
    .registers 5
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-boolean p2, p0, Lorg/apkscan/test/uv/b;->a:Z
    invoke-virtual {p0, p1}, Lorg/apkscan/test/uv/b;->t(Landroid/app/Activity;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p1}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/uv/c;
    invoke-direct {v1, p0}, Lorg/apkscan/test/uv/c;-><init>(Lorg/apkscan/test/uv/b;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method

# The title: R.string.c (无痕浏览) where the flag is true,
# R.string.b where it is false.
.method public t(Landroid/app/Activity;)V
    .registers 3
    iget-boolean v0, p0, Lorg/apkscan/test/uv/b;->a:Z
    if-eqz v0, :normal
    const v0, 0x7f020002
    goto :set
    :normal
    const v0, 0x7f020001
    :set
    invoke-virtual {p1, v0}, Landroid/app/Activity;->setTitle(I)V
    return-void
.end method

# A getter the shrinker kept.
.method public b()Z
    .registers 2
    iget-boolean v0, p0, Lorg/apkscan/test/uv/b;->a:Z
    return v0
.end method
