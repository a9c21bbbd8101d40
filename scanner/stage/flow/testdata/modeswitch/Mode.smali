.class public final enum Lorg/apkscan/test/ms/Mode;
.super Ljava/lang/Enum;

.field public static final enum NORMAL:Lorg/apkscan/test/ms/Mode;
.field public static final enum INCOGNITO:Lorg/apkscan/test/ms/Mode;
.field public static final enum READER:Lorg/apkscan/test/ms/Mode;

.method static constructor <clinit>()V
    .registers 3
    new-instance v0, Lorg/apkscan/test/ms/Mode;
    const-string v1, "NORMAL"
    const/4 v2, 0
    invoke-direct {v0, v1, v2}, Lorg/apkscan/test/ms/Mode;-><init>(Ljava/lang/String;I)V
    sput-object v0, Lorg/apkscan/test/ms/Mode;->NORMAL:Lorg/apkscan/test/ms/Mode;
    new-instance v0, Lorg/apkscan/test/ms/Mode;
    const-string v1, "INCOGNITO"
    const/4 v2, 1
    invoke-direct {v0, v1, v2}, Lorg/apkscan/test/ms/Mode;-><init>(Ljava/lang/String;I)V
    sput-object v0, Lorg/apkscan/test/ms/Mode;->INCOGNITO:Lorg/apkscan/test/ms/Mode;
    new-instance v0, Lorg/apkscan/test/ms/Mode;
    const-string v1, "READER"
    const/4 v2, 2
    invoke-direct {v0, v1, v2}, Lorg/apkscan/test/ms/Mode;-><init>(Ljava/lang/String;I)V
    sput-object v0, Lorg/apkscan/test/ms/Mode;->READER:Lorg/apkscan/test/ms/Mode;
    return-void
.end method

.method private constructor <init>(Ljava/lang/String;I)V
    .registers 3
    invoke-direct {p0, p1, p2}, Ljava/lang/Enum;-><init>(Ljava/lang/String;I)V
    return-void
.end method
