.class public final Lorg/apkscan/test/ss/c;
.super Lorg/apkscan/test/ss/a;

.field public static final INSTANCE:Lorg/apkscan/test/ss/c;

.method static constructor <clinit>()V
    .registers 1
    new-instance v0, Lorg/apkscan/test/ss/c;
    invoke-direct {v0}, Lorg/apkscan/test/ss/c;-><init>()V
    sput-object v0, Lorg/apkscan/test/ss/c;->INSTANCE:Lorg/apkscan/test/ss/c;
    return-void
.end method

.method private constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lorg/apkscan/test/ss/a;-><init>()V
    return-void
.end method

# A Kotlin data object's toString: its name, which R8 keeps.
.method public toString()Ljava/lang/String;
    .registers 2
    const-string v0, "Normal"
    return-object v0
.end method
