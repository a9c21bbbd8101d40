.class public Lorg/apkscan/test/fe/Main;
.super Landroid/app/Activity;

# Collections walked with forEach: the list holding the IMEI is given to
# Send, which logs each element (a leak); a list of constants to Quiet,
# which logs each too (nothing); a map holding the IMEI to Pair, which
# logs each value (a leak).

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
    new-instance v1, Ljava/util/ArrayList;
    invoke-direct {v1}, Ljava/util/ArrayList;-><init>()V
    invoke-virtual {v1, v0}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z
    new-instance v2, Lorg/apkscan/test/fe/Send;
    invoke-direct {v2}, Lorg/apkscan/test/fe/Send;-><init>()V
    invoke-virtual {v1, v2}, Ljava/util/ArrayList;->forEach(Ljava/util/function/Consumer;)V
    new-instance v1, Ljava/util/ArrayList;
    invoke-direct {v1}, Ljava/util/ArrayList;-><init>()V
    const-string v2, "constant"
    invoke-interface {v1, v2}, Ljava/util/List;->add(Ljava/lang/Object;)Z
    new-instance v2, Lorg/apkscan/test/fe/Quiet;
    invoke-direct {v2}, Lorg/apkscan/test/fe/Quiet;-><init>()V
    invoke-interface {v1, v2}, Ljava/util/List;->forEach(Ljava/util/function/Consumer;)V
    new-instance v1, Ljava/util/HashMap;
    invoke-direct {v1}, Ljava/util/HashMap;-><init>()V
    const-string v2, "id"
    invoke-virtual {v1, v2, v0}, Ljava/util/HashMap;->put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;
    new-instance v2, Lorg/apkscan/test/fe/Pair;
    invoke-direct {v2}, Lorg/apkscan/test/fe/Pair;-><init>()V
    invoke-interface {v1, v2}, Ljava/util/Map;->forEach(Ljava/util/function/BiConsumer;)V
    return-void
.end method
