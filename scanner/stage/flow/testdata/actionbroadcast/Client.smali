.class public Lorg/apkscan/test/ab/Client;
.super Landroid/webkit/WebViewClient;

# Broadcasts every page, within the app, by action: to Stats with
# org.apkscan.test.ab.STATS, to Audit with org.apkscan.test.ab.AUDIT.

.field private final context:Landroid/content/Context;

.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ab/Client;->context:Landroid/content/Context;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 6
    iget-object v3, p0, Lorg/apkscan/test/ab/Client;->context:Landroid/content/Context;
    new-instance v0, Landroid/content/Intent;
    const-string v1, "org.apkscan.test.ab.STATS"
    invoke-direct {v0, v1}, Landroid/content/Intent;-><init>(Ljava/lang/String;)V
    const-string v1, "url"
    invoke-virtual {v0, v1, p2}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    invoke-virtual {v3, v0}, Landroid/content/Context;->sendBroadcast(Landroid/content/Intent;)V
    new-instance v0, Landroid/content/Intent;
    const-string v2, "org.apkscan.test.ab.AUDIT"
    invoke-direct {v0, v2}, Landroid/content/Intent;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0, v1, p2}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    invoke-virtual {v3, v0}, Landroid/content/Context;->sendBroadcast(Landroid/content/Intent;)V
    return-void
.end method
