.class public Lorg/apkscan/test/gs/Main;
.super Landroid/app/Activity;

# The device id kept in an event object's field, the object serialised to
# JSON by a library (Gson's toJson, not in the app) and logged; the
# Android ID kept in a report object given to a Retrofit service, whose
# body it is.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/gs/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/gs/Event;
    invoke-direct {v1}, Lorg/apkscan/test/gs/Event;-><init>()V
    iput-object v0, v1, Lorg/apkscan/test/gs/Event;->device:Ljava/lang/String;
    new-instance v2, Lcom/google/gson/Gson;
    invoke-direct {v2}, Lcom/google/gson/Gson;-><init>()V
    invoke-virtual {v2, v1}, Lcom/google/gson/Gson;->toJson(Ljava/lang/Object;)Ljava/lang/String;
    move-result-object v2
    const-string v3, "gs"
    invoke-static {v3, v2}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    invoke-virtual {p0}, Lorg/apkscan/test/gs/Main;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/gs/Report;
    invoke-direct {v1}, Lorg/apkscan/test/gs/Report;-><init>()V
    iput-object v0, v1, Lorg/apkscan/test/gs/Report;->aid:Ljava/lang/String;
    invoke-static {}, Lorg/apkscan/test/gs/Main;->api()Lorg/apkscan/test/gs/Api;
    move-result-object v2
    invoke-interface {v2, v1}, Lorg/apkscan/test/gs/Api;->send(Lorg/apkscan/test/gs/Report;)Ljava/lang/Object;
    return-void
.end method

.method static api()Lorg/apkscan/test/gs/Api;
    .registers 1
    const/4 v0, 0x0
    return-object v0
.end method
