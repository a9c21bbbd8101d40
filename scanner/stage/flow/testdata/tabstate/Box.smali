.class public Lorg/apkscan/test/ts/Box;
.super Ljava/lang/Object;

.field private value:Ljava/lang/String;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public get()Ljava/lang/String;
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/ts/Box;->value:Ljava/lang/String;
    return-object v0
.end method

.method public set(Ljava/lang/String;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/ts/Box;->value:Ljava/lang/String;
    return-void
.end method
