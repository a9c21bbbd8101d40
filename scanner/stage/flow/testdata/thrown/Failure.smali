.class public Lorg/apkscan/test/th/Failure;
.super Ljava/lang/RuntimeException;

# Keeps what failed in a field.

.field public final what:Ljava/lang/String;

.method public constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/RuntimeException;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/th/Failure;->what:Ljava/lang/String;
    return-void
.end method
