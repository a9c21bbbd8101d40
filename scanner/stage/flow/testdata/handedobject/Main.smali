.class public Lorg/apkscan/test/ho/Main;
.super Landroid/app/Activity;

# Builds a request holding the Android ID and hands it to a repository,
# which sends what it is given: the object arrives as a parameter.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Landroid/app/Activity;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/ho/Request;
    invoke-direct {v1, v0}, Lorg/apkscan/test/ho/Request;-><init>(Ljava/lang/String;)V
    invoke-static {}, Lorg/apkscan/test/ho/Main;->api()Lorg/apkscan/test/ho/Api;
    move-result-object v2
    new-instance v3, Lorg/apkscan/test/ho/Repository;
    invoke-direct {v3, v2}, Lorg/apkscan/test/ho/Repository;-><init>(Lorg/apkscan/test/ho/Api;)V
    invoke-virtual {v3, v1}, Lorg/apkscan/test/ho/Repository;->register(Lorg/apkscan/test/ho/Request;)V
    return-void
.end method

.method static api()Lorg/apkscan/test/ho/Api;
    .registers 1
    const/4 v0, 0x0
    return-object v0
.end method
