.class public Lorg/apkscan/test/ip/Client;
.super Landroid/webkit/WebViewClient;

.field final ctx:Landroid/content/Context;

.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ip/Client;->ctx:Landroid/content/Context;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6
    sget-boolean v0, Lorg/apkscan/test/ip/Main;->incognito:Z
    if-nez v0, :skip
    iget-object v0, p0, Lorg/apkscan/test/ip/Client;->ctx:Landroid/content/Context;
    new-instance v1, Landroid/content/Intent;
    const-class v2, Lorg/apkscan/test/ip/Stats;
    invoke-direct {v1, v0, v2}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    const-string v2, "u"
    invoke-virtual {v1, v2, p2}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    invoke-virtual {v0, v1}, Landroid/content/Context;->startActivity(Landroid/content/Intent;)V
    :skip
    iget-object v0, p0, Lorg/apkscan/test/ip/Client;->ctx:Landroid/content/Context;
    new-instance v1, Landroid/content/Intent;
    const-class v2, Lorg/apkscan/test/ip/Share;
    invoke-direct {v1, v0, v2}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    const-string v2, "u"
    invoke-virtual {v1, v2, p2}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    invoke-virtual {v0, v1}, Landroid/content/Context;->startActivity(Landroid/content/Intent;)V
    return-void
.end method
