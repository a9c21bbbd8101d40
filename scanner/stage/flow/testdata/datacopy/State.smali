.class public final Lorg/apkscan/test/dcp/State;
.super Ljava/lang/Object;

# data class State(val id: String, val count: Int), as kotlinc compiles
# its copy() and the copy$default a call with default arguments makes.

.field private final id:Ljava/lang/String;
.field private final count:I

.method public constructor <init>(Ljava/lang/String;I)V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/dcp/State;->id:Ljava/lang/String;
    iput p2, p0, Lorg/apkscan/test/dcp/State;->count:I
    return-void
.end method

.method public static synthetic copy$default(Lorg/apkscan/test/dcp/State;Ljava/lang/String;IILjava/lang/Object;)Lorg/apkscan/test/dcp/State;
    .registers 6
    and-int/lit8 p4, p3, 0x1
    if-eqz p4, :keep1
    iget-object p1, p0, Lorg/apkscan/test/dcp/State;->id:Ljava/lang/String;
    :keep1
    and-int/lit8 p3, p3, 0x2
    if-eqz p3, :keep2
    iget p2, p0, Lorg/apkscan/test/dcp/State;->count:I
    :keep2
    invoke-virtual {p0, p1, p2}, Lorg/apkscan/test/dcp/State;->copy(Ljava/lang/String;I)Lorg/apkscan/test/dcp/State;
    move-result-object p0
    return-object p0
.end method

.method public final copy(Ljava/lang/String;I)Lorg/apkscan/test/dcp/State;
    .registers 4
    new-instance v0, Lorg/apkscan/test/dcp/State;
    invoke-direct {v0, p1, p2}, Lorg/apkscan/test/dcp/State;-><init>(Ljava/lang/String;I)V
    return-object v0
.end method

.method public final getId()Ljava/lang/String;
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/dcp/State;->id:Ljava/lang/String;
    return-object v0
.end method
