.class public final Lorg/apkscan/test/ss/b;
.super Lorg/apkscan/test/ss/a;

.field public static final INSTANCE:Lorg/apkscan/test/ss/b;

.method static constructor <clinit>()V
    .registers 1
    new-instance v0, Lorg/apkscan/test/ss/b;
    invoke-direct {v0}, Lorg/apkscan/test/ss/b;-><init>()V
    sput-object v0, Lorg/apkscan/test/ss/b;->INSTANCE:Lorg/apkscan/test/ss/b;
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
    const-string v0, "Private"
    return-object v0
.end method
