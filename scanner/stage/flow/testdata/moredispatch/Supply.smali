.class final Lorg/apkscan/test/md/Supply;
.super Ljava/lang/Object;
.implements Ljava/util/function/Supplier;

# Supplies the id it was made with.

.field final id:Ljava/lang/String;

.method constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/md/Supply;->id:Ljava/lang/String;
    return-void
.end method

.method public get()Ljava/lang/Object;
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/md/Supply;->id:Ljava/lang/String;
    return-object v0
.end method
