.class public final Lorg/apkscan/test/sk/Keys;
.super Ljava/lang/Object;

# Keys named by static Strings: DEVICE set once by the static initialiser,
# APP and IMEI declared with their values, TAG also set at run time.

.field public static final APP:Ljava/lang/String; = "app"
.field public static final IMEI:Ljava/lang/String; = "imei"
.field public static final DEVICE:Ljava/lang/String;
.field public static TAG:Ljava/lang/String; = "imei"

.method static constructor <clinit>()V
    .registers 1
    const-string v0, "imei"
    sput-object v0, Lorg/apkscan/test/sk/Keys;->DEVICE:Ljava/lang/String;
    return-void
.end method
