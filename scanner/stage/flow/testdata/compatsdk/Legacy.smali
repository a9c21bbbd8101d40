.class public Lorg/apkscan/test/cs/Legacy;
.super Ljava/lang/Object;
.implements Lorg/apkscan/test/cs/Reporter;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public report(Landroid/content/Context;)V
    .registers 4
    invoke-static {p1}, Lorg/apkscan/test/cs/Main;->imei(Landroid/content/Context;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "report"
    invoke-static {v1, v0}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
