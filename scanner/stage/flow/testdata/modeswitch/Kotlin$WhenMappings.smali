.class public final synthetic Lorg/apkscan/test/ms/Kotlin$WhenMappings;
.super Ljava/lang/Object;

# kotlinc's switch map for Kotlin's when: filled in a local array, each
# store in a try block of its own, and stored into the field at the end.

.field public static final synthetic $EnumSwitchMapping$0:[I

.method static constructor <clinit>()V
    .registers 3
    invoke-static {}, Lorg/apkscan/test/ms/Mode;->values()[Lorg/apkscan/test/ms/Mode;
    move-result-object v0
    array-length v0, v0
    new-array v0, v0, [I
    :try_start_0
    sget-object v1, Lorg/apkscan/test/ms/Mode;->NORMAL:Lorg/apkscan/test/ms/Mode;
    invoke-virtual {v1}, Lorg/apkscan/test/ms/Mode;->ordinal()I
    move-result v1
    const/4 v2, 0x1
    aput v2, v0, v1
    :try_end_0
    .catch Ljava/lang/NoSuchFieldError; {:try_start_0 .. :try_end_0} :catch_0
    :catch_0
    :try_start_1
    sget-object v1, Lorg/apkscan/test/ms/Mode;->INCOGNITO:Lorg/apkscan/test/ms/Mode;
    invoke-virtual {v1}, Lorg/apkscan/test/ms/Mode;->ordinal()I
    move-result v1
    const/4 v2, 0x2
    aput v2, v0, v1
    :try_end_1
    .catch Ljava/lang/NoSuchFieldError; {:try_start_1 .. :try_end_1} :catch_1
    :catch_1
    sput-object v0, Lorg/apkscan/test/ms/Kotlin$WhenMappings;->$EnumSwitchMapping$0:[I
    return-void
.end method
