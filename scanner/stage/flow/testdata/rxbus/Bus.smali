.class public Lorg/apkscan/test/rxbus/Bus;
.super Ljava/lang/Object;

# An "RxBus": a singleton holding a PublishSubject (RxJava 2, referenced,
# not bundled). post pushes an event into it; toObservable gives the
# events of one class.

.field private static sBus:Lorg/apkscan/test/rxbus/Bus;
.field private final subject:Lio/reactivex/subjects/PublishSubject;

.method private constructor <init>()V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    invoke-static {}, Lio/reactivex/subjects/PublishSubject;->create()Lio/reactivex/subjects/PublishSubject;
    move-result-object v0
    iput-object v0, p0, Lorg/apkscan/test/rxbus/Bus;->subject:Lio/reactivex/subjects/PublishSubject;
    return-void
.end method

.method public static get()Lorg/apkscan/test/rxbus/Bus;
    .registers 1
    sget-object v0, Lorg/apkscan/test/rxbus/Bus;->sBus:Lorg/apkscan/test/rxbus/Bus;
    if-nez v0, :done
    new-instance v0, Lorg/apkscan/test/rxbus/Bus;
    invoke-direct {v0}, Lorg/apkscan/test/rxbus/Bus;-><init>()V
    sput-object v0, Lorg/apkscan/test/rxbus/Bus;->sBus:Lorg/apkscan/test/rxbus/Bus;
    :done
    return-object v0
.end method

.method public post(Ljava/lang/Object;)V
    .registers 3
    iget-object v0, p0, Lorg/apkscan/test/rxbus/Bus;->subject:Lio/reactivex/subjects/PublishSubject;
    invoke-virtual {v0, p1}, Lio/reactivex/subjects/PublishSubject;->onNext(Ljava/lang/Object;)V
    return-void
.end method

.method public toObservable(Ljava/lang/Class;)Lio/reactivex/Observable;
    .registers 3
    iget-object v0, p0, Lorg/apkscan/test/rxbus/Bus;->subject:Lio/reactivex/subjects/PublishSubject;
    invoke-virtual {v0, p1}, Lio/reactivex/subjects/PublishSubject;->ofType(Ljava/lang/Class;)Lio/reactivex/Observable;
    move-result-object v0
    return-object v0
.end method
