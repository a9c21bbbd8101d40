.class public Lo/c;
.super Lcom/miui/webkit/WebViewClient;

.field final a:Lo/a;

.method public constructor <init>(Lo/a;)V
    .registers 2
    invoke-direct {p0}, Lcom/miui/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lo/c;->a:Lo/a;
    return-void
.end method

.method public onPageFinished(Lcom/miui/webkit/WebView;Ljava/lang/String;)V
    .registers 6
    iget-object v0, p0, Lo/c;->a:Lo/a;
    iget-boolean v1, v0, Lo/a;->b:Z
    if-nez v1, :post
    invoke-static {p2}, Lo/e;->a(Ljava/lang/String;)V
    :post
    new-instance v1, Ljava/lang/Thread;
    new-instance v2, Lo/d;
    invoke-direct {v2, v0, p2}, Lo/d;-><init>(Landroid/content/Context;Ljava/lang/String;)V
    invoke-direct {v1, v2}, Ljava/lang/Thread;-><init>(Ljava/lang/Runnable;)V
    invoke-virtual {v1}, Ljava/lang/Thread;->start()V
    return-void
.end method
