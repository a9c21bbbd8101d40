.class public Lorg/apkscan/test/svc/Main;
.super Landroid/app/Activity;

# A browser with an incognito flag of its own.
.field static incognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/svc/Client;
    invoke-direct {v1, p0}, Lorg/apkscan/test/svc/Client;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method

# The device id in an explicit intent to this activity stays in the app;
# in an implicit one it leaves it.
.method protected onResume()V
    .registers 5
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/svc/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Landroid/content/Intent;
    const-class v2, Lorg/apkscan/test/svc/Main;
    invoke-direct {v1, p0, v2}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    const-string v2, "id"
    invoke-virtual {v1, v2, v0}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    invoke-virtual {p0, v1}, Lorg/apkscan/test/svc/Main;->startActivity(Landroid/content/Intent;)V
    new-instance v1, Landroid/content/Intent;
    const-string v3, "org.example.SHARE"
    invoke-direct {v1, v3}, Landroid/content/Intent;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1, v2, v0}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    invoke-virtual {p0, v1}, Lorg/apkscan/test/svc/Main;->startActivity(Landroid/content/Intent;)V
    return-void
.end method
