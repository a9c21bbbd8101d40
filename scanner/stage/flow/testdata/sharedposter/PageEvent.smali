.class final Lorg/apkscan/test/sp/PageEvent;
.super Ljava/lang/Object;
.implements Ljava/lang/Runnable;

.field final url:Ljava/lang/String;

.method constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/sp/PageEvent;->url:Ljava/lang/String;
    return-void
.end method

.method public run()V
    .registers 4
    const/4 v0, 0
    const-string v1, "page"
    iget-object v2, p0, Lorg/apkscan/test/sp/PageEvent;->url:Ljava/lang/String;
    invoke-static {v0, v1, v2}, Lcom/umeng/analytics/MobclickAgent;->onEvent(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    return-void
.end method
