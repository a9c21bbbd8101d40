.class public Lorg/apkscan/test/li/Warn;
.super Ljava/lang/Object;
.implements Lorg/apkscan/test/li/Reporter;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public report(Ljava/lang/String;)V
    .registers 3
    const-string v0, "report"
    invoke-static {v0, p1}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
