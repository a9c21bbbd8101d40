.class final Lorg/apkscan/test/ks/Ping;
.super Ljava/lang/Object;
.implements Lkotlin/jvm/functions/Function0;

# A thread { } block, moved into the range call's registers.

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public invoke()Ljava/lang/Object;
    .registers 4
    sget-object v0, Lorg/apkscan/test/ks/App;->resolver:Landroid/content/ContentResolver;
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const/4 v1, 0x4
    const-string v2, "ks"
    invoke-static {v1, v2, v0}, Landroid/util/Log;->println(ILjava/lang/String;Ljava/lang/String;)I
    const/4 v0, 0x0
    return-object v0
.end method
