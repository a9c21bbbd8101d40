.class public Lorg/apkscan/test/queue/Tracker;
.super Ljava/lang/Object;

.field private static sInstance:Lorg/apkscan/test/queue/Tracker;
.field private final queue:Ljava/util/ArrayList;
.field private final executor:Ljava/util/concurrent/ExecutorService;

.method private constructor <init>()V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    new-instance v0, Ljava/util/ArrayList;
    invoke-direct {v0}, Ljava/util/ArrayList;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/queue/Tracker;->queue:Ljava/util/ArrayList;
    invoke-static {}, Ljava/util/concurrent/Executors;->newSingleThreadExecutor()Ljava/util/concurrent/ExecutorService;
    move-result-object v0
    iput-object v0, p0, Lorg/apkscan/test/queue/Tracker;->executor:Ljava/util/concurrent/ExecutorService;
    return-void
.end method

.method public static declared-synchronized get()Lorg/apkscan/test/queue/Tracker;
    .registers 1
    sget-object v0, Lorg/apkscan/test/queue/Tracker;->sInstance:Lorg/apkscan/test/queue/Tracker;
    if-nez v0, :done
    new-instance v0, Lorg/apkscan/test/queue/Tracker;
    invoke-direct {v0}, Lorg/apkscan/test/queue/Tracker;-><init>()V
    sput-object v0, Lorg/apkscan/test/queue/Tracker;->sInstance:Lorg/apkscan/test/queue/Tracker;
    :done
    return-object v0
.end method

.method public log(Lorg/apkscan/test/queue/PageEvent;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/queue/Tracker;->queue:Ljava/util/ArrayList;
    invoke-virtual {v0, p1}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z
    iget-object v0, p0, Lorg/apkscan/test/queue/Tracker;->executor:Ljava/util/concurrent/ExecutorService;
    new-instance v1, Lorg/apkscan/test/queue/Flusher;
    invoke-direct {v1, p0}, Lorg/apkscan/test/queue/Flusher;-><init>(Lorg/apkscan/test/queue/Tracker;)V
    invoke-interface {v0, v1}, Ljava/util/concurrent/ExecutorService;->execute(Ljava/lang/Runnable;)V
    return-void
.end method

.method flush()V
    .registers 8
    # Drain a copy of the queue, as collectors do.
    new-instance v0, Ljava/util/ArrayList;
    iget-object v1, p0, Lorg/apkscan/test/queue/Tracker;->queue:Ljava/util/ArrayList;
    invoke-direct {v0, v1}, Ljava/util/ArrayList;-><init>(Ljava/util/Collection;)V
    invoke-virtual {v1}, Ljava/util/ArrayList;->clear()V
    invoke-interface {v0}, Ljava/util/List;->iterator()Ljava/util/Iterator;
    move-result-object v1
    :loop
    invoke-interface {v1}, Ljava/util/Iterator;->hasNext()Z
    move-result v2
    if-eqz v2, :end
    invoke-interface {v1}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v2
    check-cast v2, Lorg/apkscan/test/queue/PageEvent;
    new-instance v3, Lorg/json/JSONObject;
    invoke-direct {v3}, Lorg/json/JSONObject;-><init>()V
    const-string v4, "u"
    iget-object v5, v2, Lorg/apkscan/test/queue/PageEvent;->url:Ljava/lang/String;
    invoke-virtual {v3, v4, v5}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-virtual {v3}, Lorg/json/JSONObject;->toString()Ljava/lang/String;
    move-result-object v4
    invoke-virtual {p0, v4}, Lorg/apkscan/test/queue/Tracker;->post(Ljava/lang/String;)V
    # The event's name alone: its URL field is not in it.
    iget-object v5, v2, Lorg/apkscan/test/queue/PageEvent;->name:Ljava/lang/String;
    invoke-virtual {p0, v5}, Lorg/apkscan/test/queue/Tracker;->ping(Ljava/lang/String;)V
    goto :loop
    :end
    return-void
.end method

.method ping(Ljava/lang/String;)V
    .registers 5
    new-instance v0, Ljava/net/URL;
    const-string v1, "https://stats.example.com/ping"
    invoke-direct {v0, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v0
    check-cast v0, Ljava/net/HttpURLConnection;
    const/4 v1, 1
    invoke-virtual {v0, v1}, Ljava/net/HttpURLConnection;->setDoOutput(Z)V
    invoke-virtual {v0}, Ljava/net/HttpURLConnection;->getOutputStream()Ljava/io/OutputStream;
    move-result-object v1
    invoke-virtual {p1}, Ljava/lang/String;->getBytes()[B
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/io/OutputStream;->write([B)V
    return-void
.end method

.method post(Ljava/lang/String;)V
    .registers 6
    invoke-virtual {p1}, Ljava/lang/String;->getBytes()[B
    move-result-object v0
    const/4 v1, 2
    invoke-static {v0, v1}, Landroid/util/Base64;->encodeToString([BI)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    const-string v2, "https://stats.example.com/c"
    invoke-direct {v1, v2}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v1
    check-cast v1, Ljava/net/HttpURLConnection;
    const/4 v2, 1
    invoke-virtual {v1, v2}, Ljava/net/HttpURLConnection;->setDoOutput(Z)V
    invoke-virtual {v1}, Ljava/net/HttpURLConnection;->getOutputStream()Ljava/io/OutputStream;
    move-result-object v2
    invoke-virtual {v0}, Ljava/lang/String;->getBytes()[B
    move-result-object v3
    invoke-virtual {v2, v3}, Ljava/io/OutputStream;->write([B)V
    invoke-virtual {v2}, Ljava/io/OutputStream;->close()V
    return-void
.end method
