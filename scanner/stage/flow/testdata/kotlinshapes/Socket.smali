.class final Lorg/apkscan/test/ks/Socket;
.super Lokhttp3/WebSocketListener;

# Sends the Android ID once the web socket opens.

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lokhttp3/WebSocketListener;-><init>()V
    return-void
.end method

.method public onOpen(Lokhttp3/WebSocket;Lokhttp3/Response;)V
    .registers 5
    sget-object v0, Lorg/apkscan/test/ks/App;->resolver:Landroid/content/ContentResolver;
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    invoke-interface {p1, v0}, Lokhttp3/WebSocket;->send(Ljava/lang/String;)Z
    return-void
.end method
