.class public final Lorg/apkscan/test/sm/Mode$Normal;
.super Lorg/apkscan/test/sm/Mode;

.field public static final INSTANCE:Lorg/apkscan/test/sm/Mode$Normal;

.method static constructor <clinit>()V
    .registers 1
    new-instance v0, Lorg/apkscan/test/sm/Mode$Normal;
    invoke-direct {v0}, Lorg/apkscan/test/sm/Mode$Normal;-><init>()V
    sput-object v0, Lorg/apkscan/test/sm/Mode$Normal;->INSTANCE:Lorg/apkscan/test/sm/Mode$Normal;
    return-void
.end method

.method private constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lorg/apkscan/test/sm/Mode;-><init>()V
    return-void
.end method
