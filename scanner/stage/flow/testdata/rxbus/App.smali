.class public Lorg/apkscan/test/rxbus/App;
.super Landroid/app/Application;

# The application subscribes a reporter to IdEvents on the bus, then posts
# the IMEI in one.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 4
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    invoke-static {}, Lorg/apkscan/test/rxbus/Bus;->get()Lorg/apkscan/test/rxbus/Bus;
    move-result-object v0
    const-class v1, Lorg/apkscan/test/rxbus/IdEvent;
    invoke-virtual {v0, v1}, Lorg/apkscan/test/rxbus/Bus;->toObservable(Ljava/lang/Class;)Lio/reactivex/Observable;
    move-result-object v1
    new-instance v2, Lorg/apkscan/test/rxbus/Reporter;
    invoke-direct {v2}, Lorg/apkscan/test/rxbus/Reporter;-><init>()V
    invoke-virtual {v1, v2}, Lio/reactivex/Observable;->subscribe(Lio/reactivex/functions/Consumer;)Lio/reactivex/disposables/Disposable;
    const-string v1, "phone"
    invoke-virtual {p0, v1}, Lorg/apkscan/test/rxbus/App;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Landroid/telephony/TelephonyManager;
    invoke-virtual {v1}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    new-instance v2, Lorg/apkscan/test/rxbus/IdEvent;
    invoke-direct {v2, v1}, Lorg/apkscan/test/rxbus/IdEvent;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0, v2}, Lorg/apkscan/test/rxbus/Bus;->post(Ljava/lang/Object;)V
    return-void
.end method
