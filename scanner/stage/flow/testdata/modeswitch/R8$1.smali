.class synthetic Lorg/apkscan/test/ms/R8$1;
.super Ljava/lang/Object;

# The switch map as R8 leaves it: stored into its field first, filled
# through the register; NORMAL is case 1, INCOGNITO case 2.

.field static final synthetic $SwitchMap$org$apkscan$test$ms$Mode:[I

.method static constructor <clinit>()V
    .registers 3
    invoke-static {}, Lorg/apkscan/test/ms/Mode;->values()[Lorg/apkscan/test/ms/Mode;
    move-result-object v0
    array-length v0, v0
    new-array v0, v0, [I
    sput-object v0, Lorg/apkscan/test/ms/R8$1;->$SwitchMap$org$apkscan$test$ms$Mode:[I
    sget-object v1, Lorg/apkscan/test/ms/Mode;->NORMAL:Lorg/apkscan/test/ms/Mode;
    invoke-virtual {v1}, Lorg/apkscan/test/ms/Mode;->ordinal()I
    move-result v1
    const/4 v2, 1
    aput v2, v0, v1
    sget-object v1, Lorg/apkscan/test/ms/Mode;->INCOGNITO:Lorg/apkscan/test/ms/Mode;
    invoke-virtual {v1}, Lorg/apkscan/test/ms/Mode;->ordinal()I
    move-result v1
    const/4 v2, 2
    aput v2, v0, v1
    return-void
.end method
