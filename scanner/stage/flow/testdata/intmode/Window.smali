.class public Lorg/apkscan/test/im/Window;
.super Ljava/lang/Object;

# A window's type: TYPE_INCOGNITO is set by the static initialiser (a
# Kotlin companion's val), TYPE_REGULAR is a constant.

.field public static final TYPE_REGULAR:I = 0x0
.field public static TYPE_INCOGNITO:I
.field public static sType:I

.method static constructor <clinit>()V
    .registers 1
    const/4 v0, 0x3
    sput v0, Lorg/apkscan/test/im/Window;->TYPE_INCOGNITO:I
    return-void
.end method
