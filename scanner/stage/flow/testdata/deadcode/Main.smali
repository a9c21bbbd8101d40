.class public Lorg/apkscan/test/dc/Main;
.super Landroid/app/Activity;

# Code the app's own constants rule out: the IMEI logged under VERBOSE,
# a flag nothing sets (never), and sent over plain http under a scheme
# comparison of two constants (never); logged under TRACE, set to true
# in the static initialiser (a leak), and in the catch block of a
# request (a leak). On start, logged where Log.isLoggable says DEBUG is
# on (never, unless a developer sets the tag's level), under a DEBUG flag
# the static initialiser sets so (never), and where it says INFO is (the
# default: a leak).

.field static VERBOSE:Z
.field static TRACE:Z
.field static DEBUG:Z

.method static constructor <clinit>()V
    .registers 2
    const/4 v0, 0x1
    sput-boolean v0, Lorg/apkscan/test/dc/Main;->TRACE:Z
    const-string v0, "Main"
    const/4 v1, 0x3
    invoke-static {v0, v1}, Landroid/util/Log;->isLoggable(Ljava/lang/String;I)Z
    move-result v0
    sput-boolean v0, Lorg/apkscan/test/dc/Main;->DEBUG:Z
    return-void
.end method

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    sget-boolean v1, Lorg/apkscan/test/dc/Main;->VERBOSE:Z
    if-eqz v1, :trace
    const-string v1, "id"
    invoke-static {v1, v0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    :trace
    sget-boolean v1, Lorg/apkscan/test/dc/Main;->TRACE:Z
    if-eqz v1, :scheme
    const-string v1, "id"
    invoke-static {v1, v0}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    :scheme
    const-string v1, "https"
    const-string v2, "http"
    invoke-virtual {v1, v2}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :secure
    new-instance v2, Ljava/lang/StringBuilder;
    const-string v3, "http://legacy.example.net/r?imei="
    invoke-direct {v2, v3}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v2, v0}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v2
    invoke-static {v2}, Lorg/apkscan/test/dc/Main;->get(Ljava/lang/String;)V
    goto :register
    :secure
    const-string v2, "https://api.example.net/r"
    invoke-static {v2}, Lorg/apkscan/test/dc/Main;->get(Ljava/lang/String;)V
    :register
    invoke-static {v0}, Lorg/apkscan/test/dc/Main;->register(Ljava/lang/String;)V
    return-void
.end method

.method static get(Ljava/lang/String;)V
    .registers 2
    new-instance v0, Ljava/net/URL;
    invoke-direct {v0, p0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    return-void
.end method

.method static register(Ljava/lang/String;)V
    .registers 4
    :try_start
    new-instance v0, Ljava/net/URL;
    const-string v1, "https://api.example.net/register"
    invoke-direct {v0, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    :try_end
    .catch Ljava/io/IOException; {:try_start .. :try_end} :failed
    return-void
    :failed
    move-exception v0
    const-string v1, "register failed"
    invoke-static {v1, p0}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method public onStart()V
    .registers 5
    invoke-super {p0}, Landroid/app/Activity;->onStart()V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    const-string v1, "Main"
    const/4 v2, 0x3
    invoke-static {v1, v2}, Landroid/util/Log;->isLoggable(Ljava/lang/String;I)Z
    move-result v2
    if-eqz v2, :info
    invoke-static {v1, v0}, Landroid/util/Log;->v(Ljava/lang/String;Ljava/lang/String;)I
    :info
    const/4 v2, 0x4
    invoke-static {v1, v2}, Landroid/util/Log;->isLoggable(Ljava/lang/String;I)Z
    move-result v2
    if-eqz v2, :debug
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    :debug
    sget-boolean v2, Lorg/apkscan/test/dc/Main;->DEBUG:Z
    if-eqz v2, :done
    invoke-static {v1, v0}, Landroid/util/Log;->wtf(Ljava/lang/String;Ljava/lang/String;)I
    :done
    return-void
.end method
