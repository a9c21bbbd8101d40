.class public Lorg/apkscan/test/ex/Block;
.super Ljava/lang/Object;
.implements Lkotlin/jvm/functions/Function0;

# Logs the id it was made with.

.field private final id:Ljava/lang/String;

.method public constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ex/Block;->id:Ljava/lang/String;
    return-void
.end method

.method public invoke()Ljava/lang/Object;
    .registers 3
    iget-object v0, p0, Lorg/apkscan/test/ex/Block;->id:Ljava/lang/String;
    const-string v1, "task"
    invoke-static {v1, v0}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;)I
    const/4 v0, 0
    return-object v0
.end method
