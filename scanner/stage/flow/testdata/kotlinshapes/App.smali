.class public Lorg/apkscan/test/ks/App;
.super Landroid/app/Application;

# Kotlin and Jetpack shapes: a view model ViewModelProvider makes (Vm), a
# lazy block (IdLazy) and the value it gives, withContext's value
# (IdBlock), a thread { } block moved into a range call (Pinger), a web
# socket's listener (Socket), Kotlin's URL.readText(),
# worker input from workDataOf (Upload); and what sends
# nothing: a suspend service call given a continuation holding the id
# (Api.token), the id's hash and length logged.

.field static resolver:Landroid/content/ContentResolver;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 6
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    invoke-virtual {p0}, Landroid/app/Application;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    sput-object v0, Lorg/apkscan/test/ks/App;->resolver:Landroid/content/ContentResolver;
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0

    new-instance v1, Ljava/net/URL;
    new-instance v2, Ljava/lang/StringBuilder;
    invoke-direct {v2}, Ljava/lang/StringBuilder;-><init>()V
    const-string v3, "https://flags.example.org/devices/"
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v2, v0}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v2
    invoke-direct {v1, v2}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-static {v1}, Lkotlin/io/TextStreamsKt;->readBytes(Ljava/net/URL;)[B

    new-instance v1, Lorg/apkscan/test/ks/Cont;
    invoke-direct {v1}, Lorg/apkscan/test/ks/Cont;-><init>()V
    iput-object v0, v1, Lorg/apkscan/test/ks/Cont;->L$0:Ljava/lang/Object;
    invoke-static {}, Lorg/apkscan/test/ks/App;->api()Lorg/apkscan/test/ks/Api;
    move-result-object v2
    invoke-interface {v2, v1}, Lorg/apkscan/test/ks/Api;->token(Lkotlin/coroutines/Continuation;)Ljava/lang/Object;

    invoke-virtual {v0}, Ljava/lang/String;->hashCode()I
    move-result v1
    invoke-static {v1}, Ljava/lang/Integer;->toString(I)Ljava/lang/String;
    move-result-object v1
    const-string v2, "ks"
    invoke-static {v2, v1}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    invoke-interface {v0}, Ljava/lang/CharSequence;->length()I
    move-result v1
    invoke-static {v1}, Ljava/lang/Integer;->toString(I)Ljava/lang/String;
    move-result-object v1
    invoke-static {v2, v1}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;)I

    new-instance v1, Lorg/apkscan/test/ks/IdLazy;
    invoke-direct {v1}, Lorg/apkscan/test/ks/IdLazy;-><init>()V
    invoke-static {v1}, Lkotlin/LazyKt;->lazy(Lkotlin/jvm/functions/Function0;)Lkotlin/Lazy;
    move-result-object v1
    invoke-interface {v1}, Lkotlin/Lazy;->getValue()Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Ljava/lang/String;
    sget-object v2, Ljava/lang/System;->out:Ljava/io/PrintStream;
    invoke-virtual {v2, v1}, Ljava/io/PrintStream;->println(Ljava/lang/String;)V

    invoke-static {}, Lorg/apkscan/test/ks/Pinger;->start()V

    new-instance v1, Lorg/apkscan/test/ks/IdBlock;
    invoke-direct {v1}, Lorg/apkscan/test/ks/IdBlock;-><init>()V
    const/4 v2, 0x0
    invoke-static {v2, v1, v2}, Lkotlinx/coroutines/BuildersKt;->withContext(Lkotlin/coroutines/CoroutineContext;Lkotlin/jvm/functions/Function2;Lkotlin/coroutines/Continuation;)Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Ljava/lang/String;
    const-string v2, "ks"
    invoke-static {v2, v1}, Landroid/util/Log;->wtf(Ljava/lang/String;Ljava/lang/String;)I

    new-instance v1, Lokhttp3/OkHttpClient;
    invoke-direct {v1}, Lokhttp3/OkHttpClient;-><init>()V
    const/4 v2, 0x0
    new-instance v3, Lorg/apkscan/test/ks/Socket;
    invoke-direct {v3}, Lorg/apkscan/test/ks/Socket;-><init>()V
    invoke-virtual {v1, v2, v3}, Lokhttp3/OkHttpClient;->newWebSocket(Lokhttp3/Request;Lokhttp3/WebSocketListener;)Lokhttp3/WebSocket;

    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/app/Application;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    const-string v1, "id"
    invoke-static {v1, v0}, Lkotlin/TuplesKt;->to(Ljava/lang/Object;Ljava/lang/Object;)Lkotlin/Pair;
    move-result-object v0
    filled-new-array {v0}, [Lkotlin/Pair;
    move-result-object v0
    invoke-static {v0}, Landroidx/work/DataKt;->workDataOf([Lkotlin/Pair;)Landroidx/work/Data;
    move-result-object v0
    new-instance v1, Landroidx/work/OneTimeWorkRequest$Builder;
    const-class v2, Lorg/apkscan/test/ks/Upload;
    invoke-direct {v1, v2}, Landroidx/work/OneTimeWorkRequest$Builder;-><init>(Ljava/lang/Class;)V
    invoke-virtual {v1, v0}, Landroidx/work/OneTimeWorkRequest$Builder;->setInputData(Landroidx/work/Data;)Landroidx/work/WorkRequest$Builder;
    move-result-object v1
    invoke-virtual {v1}, Landroidx/work/WorkRequest$Builder;->build()Landroidx/work/WorkRequest;
    move-result-object v1
    invoke-static {p0}, Landroidx/work/WorkManager;->getInstance(Landroid/content/Context;)Landroidx/work/WorkManager;
    move-result-object v2
    invoke-virtual {v2, v1}, Landroidx/work/WorkManager;->enqueue(Landroidx/work/WorkRequest;)Landroidx/work/Operation;
    return-void
.end method

.method static api()Lorg/apkscan/test/ks/Api;
    .registers 1
    const/4 v0, 0x0
    return-object v0
.end method
