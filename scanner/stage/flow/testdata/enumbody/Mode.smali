.class public abstract enum Lorg/apkscan/test/eb/Mode;
.super Ljava/lang/Enum;

.field private static final synthetic $VALUES:[Lorg/apkscan/test/eb/Mode;
.field public static final enum NORMAL:Lorg/apkscan/test/eb/Mode;
.field public static final enum PRIVATE:Lorg/apkscan/test/eb/Mode;

.method static constructor <clinit>()V
    .registers 4
    new-instance v0, Lorg/apkscan/test/eb/Mode$1;
    const-string v1, "NORMAL"
    const/4 v2, 0x0
    invoke-direct {v0, v1, v2}, Lorg/apkscan/test/eb/Mode$1;-><init>(Ljava/lang/String;I)V
    sput-object v0, Lorg/apkscan/test/eb/Mode;->NORMAL:Lorg/apkscan/test/eb/Mode;
    new-instance v1, Lorg/apkscan/test/eb/Mode$2;
    const-string v2, "PRIVATE"
    const/4 v3, 0x1
    invoke-direct {v1, v2, v3}, Lorg/apkscan/test/eb/Mode$2;-><init>(Ljava/lang/String;I)V
    sput-object v1, Lorg/apkscan/test/eb/Mode;->PRIVATE:Lorg/apkscan/test/eb/Mode;
    const/4 v2, 0x2
    new-array v2, v2, [Lorg/apkscan/test/eb/Mode;
    const/4 v3, 0x0
    aput-object v0, v2, v3
    const/4 v3, 0x1
    aput-object v1, v2, v3
    sput-object v2, Lorg/apkscan/test/eb/Mode;->$VALUES:[Lorg/apkscan/test/eb/Mode;
    return-void
.end method

.method protected constructor <init>(Ljava/lang/String;I)V
    .registers 3
    invoke-direct {p0, p1, p2}, Ljava/lang/Enum;-><init>(Ljava/lang/String;I)V
    return-void
.end method

.method public abstract report(Landroid/content/Context;Ljava/lang/String;)V
.end method

.method public static values()[Lorg/apkscan/test/eb/Mode;
    .registers 1
    sget-object v0, Lorg/apkscan/test/eb/Mode;->$VALUES:[Lorg/apkscan/test/eb/Mode;
    invoke-virtual {v0}, [Lorg/apkscan/test/eb/Mode;->clone()Ljava/lang/Object;
    move-result-object v0
    check-cast v0, [Lorg/apkscan/test/eb/Mode;
    return-object v0
.end method
