.class public Lorg/apkscan/test/im/Field;
.super Ljava/lang/Object;

# A declaration's access flags, not a mode.

.field public static final PRIVATE_ACCESS:I = 0x4
.field public static final PUBLIC_ACCESS:I = 0x8
.field public static current:Lorg/apkscan/test/im/Field;
.field flags:I

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public getFlags()I
    .registers 2
    iget v0, p0, Lorg/apkscan/test/im/Field;->flags:I
    return v0
.end method
