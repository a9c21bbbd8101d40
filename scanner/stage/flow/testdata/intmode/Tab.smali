.class public Lorg/apkscan/test/im/Tab;
.super Ljava/lang/Object;

# A tab's mode, an int its class names with constants.

.field public static final MODE_NORMAL:I = 0x0
.field public static final MODE_READER:I = 0x1
.field public static final MODE_PRIVATE:I = 0x2
.field public static current:Lorg/apkscan/test/im/Tab;
.field mode:I
.field index:I

.method public constructor <init>(I)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput p1, p0, Lorg/apkscan/test/im/Tab;->mode:I
    return-void
.end method

.method public getMode()I
    .registers 2
    iget v0, p0, Lorg/apkscan/test/im/Tab;->mode:I
    return v0
.end method

.method public getIndex()I
    .registers 2
    iget v0, p0, Lorg/apkscan/test/im/Tab;->index:I
    return v0
.end method
