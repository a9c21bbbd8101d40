.class public Lorg/apkscan/test/rx/Main;
.super Landroid/app/Fragment;
.source "Main.java"

# onStart emits the IMEI on an RxJava stream (referenced, not bundled) and
# subscribes a Consumer that logs what it is given; a second stream emits
# a constant to the same kind of consumer.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Fragment;-><init>()V
    return-void
.end method

.method public onStart()V
    .registers 4
    invoke-super {p0}, Landroid/app/Fragment;->onStart()V
    invoke-virtual {p0}, Lorg/apkscan/test/rx/Main;->getActivity()Landroid/app/Activity;
    move-result-object v0
    const-string v1, "phone"
    invoke-virtual {v0, v1}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    invoke-static {v0}, Lio/reactivex/Observable;->just(Ljava/lang/Object;)Lio/reactivex/Observable;
    move-result-object v0
    invoke-static {}, Lio/reactivex/schedulers/Schedulers;->io()Lio/reactivex/Scheduler;
    move-result-object v1
    invoke-virtual {v0, v1}, Lio/reactivex/Observable;->subscribeOn(Lio/reactivex/Scheduler;)Lio/reactivex/Observable;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/rx/Main$$ExternalSyntheticLambda0;
    invoke-direct {v1}, Lorg/apkscan/test/rx/Main$$ExternalSyntheticLambda0;-><init>()V
    invoke-virtual {v0, v1}, Lio/reactivex/Observable;->subscribe(Lio/reactivex/functions/Consumer;)Lio/reactivex/disposables/Disposable;
    const-string v0, "constant"
    invoke-static {v0}, Lio/reactivex/Observable;->just(Ljava/lang/Object;)Lio/reactivex/Observable;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/rx/Main$$ExternalSyntheticLambda1;
    invoke-direct {v1}, Lorg/apkscan/test/rx/Main$$ExternalSyntheticLambda1;-><init>()V
    invoke-virtual {v0, v1}, Lio/reactivex/Observable;->subscribe(Lio/reactivex/functions/Consumer;)Lio/reactivex/disposables/Disposable;
    return-void
.end method
