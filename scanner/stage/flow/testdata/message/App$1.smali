.class final Lorg/apkscan/test/message/App$1;
.super Landroid/os/Handler;

# The application's own anonymous Handler: warns with the obj of each
# message.

.field final synthetic this$0:Lorg/apkscan/test/message/App;

.method constructor <init>(Lorg/apkscan/test/message/App;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/message/App$1;->this$0:Lorg/apkscan/test/message/App;
    invoke-direct {p0}, Landroid/os/Handler;-><init>()V
    return-void
.end method

.method public handleMessage(Landroid/os/Message;)V
    .registers 4
    iget-object v0, p1, Landroid/os/Message;->obj:Ljava/lang/Object;
    invoke-static {v0}, Ljava/lang/String;->valueOf(Ljava/lang/Object;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "anon"
    invoke-static {v1, v0}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
