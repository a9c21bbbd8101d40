.class public Lorg/apkscan/test/ad/Main;
.super Landroid/app/Activity;

# The device id sent by each of Send's and Client's methods, whose
# addresses the code shows in different ways (or, for f, not at all).

.field static final ENDPOINT:Ljava/lang/String; = "https://b.example.org/collect"

.field server:Ljava/lang/String;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/ad/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    invoke-static {v0}, Lorg/apkscan/test/ad/Send;->a(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/ad/Send;->b(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/ad/Send;->c(Ljava/lang/String;)V
    const-string v1, "https://d.example.org/p"
    invoke-static {v1, v0}, Lorg/apkscan/test/ad/Send;->d(Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/ad/Send;->e(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/ad/Send;->g(Ljava/lang/String;)V
    iget-object v1, p0, Lorg/apkscan/test/ad/Main;->server:Ljava/lang/String;
    invoke-static {v1, v0}, Lorg/apkscan/test/ad/Send;->f(Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {}, Lorg/apkscan/test/ad/Main;->config()Lorg/apkscan/test/ad/Config;
    move-result-object v1
    invoke-static {v1, v0}, Lorg/apkscan/test/ad/Send;->h(Lorg/apkscan/test/ad/Config;Ljava/lang/String;)V
    new-instance v1, Lorg/apkscan/test/ad/Client;
    invoke-direct {v1}, Lorg/apkscan/test/ad/Client;-><init>()V
    invoke-virtual {v1, v0}, Lorg/apkscan/test/ad/Client;->i(Ljava/lang/String;)V
    invoke-virtual {v1, v0}, Lorg/apkscan/test/ad/Client;->j(Ljava/lang/String;)V
    invoke-static {p0, v0}, Lorg/apkscan/test/ad/Send;->k(Landroid/content/Context;Ljava/lang/String;)V
    invoke-static {p0, v0}, Lorg/apkscan/test/ad/Send;->l(Landroid/content/Context;Ljava/lang/String;)V
    const-string v1, "https://m.example.org/a?id="
    invoke-static {v1, v0}, Lorg/apkscan/test/ad/Send;->m(Ljava/lang/String;Ljava/lang/String;)V
    const-string v1, "https://other.example.org/b?q="
    const-string v2, "hello"
    invoke-static {v1, v2}, Lorg/apkscan/test/ad/Send;->m(Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/ad/Send;->n(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/ad/Send;->o(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/ad/Send;->p(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/ad/Send;->q(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/ad/Send;->r(Ljava/lang/String;)V
    return-void
.end method

# The configuration in use: either class, as far as the call site shows.
.method static config()Lorg/apkscan/test/ad/Config;
    .registers 1
    new-instance v0, Lorg/apkscan/test/ad/ProdConfig;
    invoke-direct {v0}, Lorg/apkscan/test/ad/ProdConfig;-><init>()V
    return-object v0
.end method
