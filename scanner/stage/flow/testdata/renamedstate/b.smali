.class public Lorg/apkscan/test/rs/b;
.super Ljava/lang/Object;

# The tab keeps the mode in a field the shrinker renamed, and makes its
# WebView with what the field's getter returns.

.field public a:Z

.method public constructor <init>(Landroid/content/Context;Z)V
    .registers 5
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-boolean p2, p0, Lorg/apkscan/test/rs/b;->a:Z
    invoke-virtual {p0}, Lorg/apkscan/test/rs/b;->b()Z
    move-result v0
    new-instance v1, Lorg/apkscan/test/rs/d;
    invoke-direct {v1, p1, v0}, Lorg/apkscan/test/rs/d;-><init>(Landroid/content/Context;Z)V
    move-object v0, v1
    new-instance v1, Lorg/apkscan/test/rs/c;
    invoke-direct {v1, p0}, Lorg/apkscan/test/rs/c;-><init>(Lorg/apkscan/test/rs/b;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method

# A getter the shrinker kept.
.method public b()Z
    .registers 2
    iget-boolean v0, p0, Lorg/apkscan/test/rs/b;->a:Z
    return v0
.end method
