.class public Lorg/apkscan/test/aa/ShadowActivity;
.super Landroid/app/Activity;
.implements Lorg/apkscan/test/aa/Controller;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lorg/apkscan/test/aa/Tab;
    invoke-direct {v0, p0, p0}, Lorg/apkscan/test/aa/Tab;-><init>(Landroid/content/Context;Lorg/apkscan/test/aa/Controller;)V
    return-void
.end method

# The private browser still sends each page's host to a "safety check":
# that runs in incognito mode.
.method public onPage(Ljava/lang/String;)V
    .registers 5
    new-instance v0, Ljava/lang/StringBuilder;
    const-string v1, "https://check.example.com/?u="
    invoke-direct {v0, v1}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0, p1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    move-result-object v0
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    return-void
.end method
