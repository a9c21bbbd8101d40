.class public final Lorg/apkscan/test/sm/Mode$Private;
.super Lorg/apkscan/test/sm/Mode;

.field public static final INSTANCE:Lorg/apkscan/test/sm/Mode$Private;

.method static constructor <clinit>()V
    .registers 1
    new-instance v0, Lorg/apkscan/test/sm/Mode$Private;
    invoke-direct {v0}, Lorg/apkscan/test/sm/Mode$Private;-><init>()V
    sput-object v0, Lorg/apkscan/test/sm/Mode$Private;->INSTANCE:Lorg/apkscan/test/sm/Mode$Private;
    return-void
.end method

.method private constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lorg/apkscan/test/sm/Mode;-><init>()V
    return-void
.end method
