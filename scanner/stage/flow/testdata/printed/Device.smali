.class public Lorg/apkscan/test/pr/Device;
.super Ljava/lang/Object;

.field protected final id:Ljava/lang/String;
.field private final model:Ljava/lang/String;

.method public constructor <init>(Ljava/lang/String;)V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/pr/Device;->id:Ljava/lang/String;
    const-string v0, "pixel-7"
    iput-object v0, p0, Lorg/apkscan/test/pr/Device;->model:Ljava/lang/String;
    return-void
.end method

# Prints its model, not its id: Device(model=...).
.method public toString()Ljava/lang/String;
    .registers 3
    new-instance v0, Ljava/lang/StringBuilder;
    const-string v1, "Device(model="
    invoke-direct {v0, v1}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    iget-object v1, p0, Lorg/apkscan/test/pr/Device;->model:Ljava/lang/String;
    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    const-string v1, ")"
    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method
