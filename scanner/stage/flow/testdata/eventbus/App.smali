.class public Lorg/apkscan/test/bus/App;
.super Landroid/app/Application;

# The application registers a subscriber on the event bus and posts the
# IMEI in an IdEvent, on EventBus 3 and on EventBus 2.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 4
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    invoke-static {}, Lorg/greenrobot/eventbus/EventBus;->getDefault()Lorg/greenrobot/eventbus/EventBus;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/bus/Stats;
    invoke-direct {v1}, Lorg/apkscan/test/bus/Stats;-><init>()V
    invoke-virtual {v0, v1}, Lorg/greenrobot/eventbus/EventBus;->register(Ljava/lang/Object;)V
    const-string v1, "phone"
    invoke-virtual {p0, v1}, Lorg/apkscan/test/bus/App;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Landroid/telephony/TelephonyManager;
    invoke-virtual {v1}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    new-instance v2, Lorg/apkscan/test/bus/IdEvent;
    invoke-direct {v2, v1}, Lorg/apkscan/test/bus/IdEvent;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0, v2}, Lorg/greenrobot/eventbus/EventBus;->post(Ljava/lang/Object;)V
    invoke-static {}, Lde/greenrobot/event/EventBus;->getDefault()Lde/greenrobot/event/EventBus;
    move-result-object v0
    new-instance v3, Lorg/apkscan/test/bus/OldStats;
    invoke-direct {v3}, Lorg/apkscan/test/bus/OldStats;-><init>()V
    invoke-virtual {v0, v3}, Lde/greenrobot/event/EventBus;->register(Ljava/lang/Object;)V
    invoke-virtual {v0, v2}, Lde/greenrobot/event/EventBus;->post(Ljava/lang/Object;)V
    return-void
.end method
