.class public Lorg/apkscan/test/vp/Main;
.super Landroid/app/Activity;

# The device id given to a Volley request whose getParams() puts it in
# the form it returns: Volley sends what getParams returns.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/vp/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/vp/IdRequest;
    const-string v2, "https://vp.example.org/p"
    invoke-direct {v1, v2, v0}, Lorg/apkscan/test/vp/IdRequest;-><init>(Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {p0}, Lcom/android/volley/toolbox/Volley;->newRequestQueue(Landroid/content/Context;)Lcom/android/volley/RequestQueue;
    move-result-object v3
    invoke-virtual {v3, v1}, Lcom/android/volley/RequestQueue;->add(Lcom/android/volley/Request;)Lcom/android/volley/Request;
    return-void
.end method
