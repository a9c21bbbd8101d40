.class final Lorg/apkscan/test/ks/IdLazy;
.super Ljava/lang/Object;
.implements Lkotlin/jvm/functions/Function0;

# A lazy block: Kotlin runs it when the value is first read.

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public invoke()Ljava/lang/Object;
    .registers 3
    sget-object v0, Lorg/apkscan/test/ks/App;->resolver:Landroid/content/ContentResolver;
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "ks"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-object v0
.end method
