.class public Lorg/apkscan/test/retrofit/Main;
.super Landroid/app/Fragment;
.source "Main.java"

# onStart sends the IMEI with a Retrofit service (Api): Retrofit makes the
# request from the method's @GET at run time; the app has no code for it.
# The unannotated ping() is no request of Retrofit's.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Fragment;-><init>()V
    return-void
.end method

.method public onStart()V
    .registers 5
    invoke-super {p0}, Landroid/app/Fragment;->onStart()V
    invoke-virtual {p0}, Lorg/apkscan/test/retrofit/Main;->getActivity()Landroid/app/Activity;
    move-result-object v0
    const-string v1, "phone"
    invoke-virtual {v0, v1}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Landroid/telephony/TelephonyManager;
    invoke-virtual {v1}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    new-instance v2, Lretrofit2/Retrofit$Builder;
    invoke-direct {v2}, Lretrofit2/Retrofit$Builder;-><init>()V
    invoke-virtual {v2}, Lretrofit2/Retrofit$Builder;->build()Lretrofit2/Retrofit;
    move-result-object v2
    const-class v3, Lorg/apkscan/test/retrofit/Api;
    invoke-virtual {v2, v3}, Lretrofit2/Retrofit;->create(Ljava/lang/Class;)Ljava/lang/Object;
    move-result-object v2
    check-cast v2, Lorg/apkscan/test/retrofit/Api;
    invoke-interface {v2, v1}, Lorg/apkscan/test/retrofit/Api;->track(Ljava/lang/String;)V
    invoke-interface {v2, v1}, Lorg/apkscan/test/retrofit/Api;->ping(Ljava/lang/String;)V
    return-void
.end method
