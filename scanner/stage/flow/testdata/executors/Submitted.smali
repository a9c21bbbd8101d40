.class public Lorg/apkscan/test/ex/Submitted;
.super Ljava/lang/Object;
.implements Ljava/lang/Runnable;

# Logs the id it was made with.

.field private final id:Ljava/lang/String;

.method public constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ex/Submitted;->id:Ljava/lang/String;
    return-void
.end method

.method public run()V
    .registers 3
    iget-object v0, p0, Lorg/apkscan/test/ex/Submitted;->id:Ljava/lang/String;
    const-string v1, "task"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
