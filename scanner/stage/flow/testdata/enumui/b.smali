.class public Lo/b;
.super Ljava/lang/Object;

.field public a:Lo/m;

.method public constructor <init>(Landroid/app/Activity;Lo/m;)V
    .registers 5
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p2, p0, Lo/b;->a:Lo/m;
    invoke-virtual {p0, p1}, Lo/b;->t(Landroid/app/Activity;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p1}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lo/c;
    invoke-direct {v1, p0}, Lo/c;-><init>(Lo/b;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method

.method public t(Landroid/app/Activity;)V
    .registers 4
    iget-object v0, p0, Lo/b;->a:Lo/m;
    sget-object v1, Lo/m;->b:Lo/m;
    if-ne v0, v1, :normal
    const v0, 0x7f020002
    goto :set
    :normal
    const v0, 0x7f020001
    :set
    invoke-virtual {p1, v0}, Landroid/app/Activity;->setTitle(I)V
    return-void
.end method
