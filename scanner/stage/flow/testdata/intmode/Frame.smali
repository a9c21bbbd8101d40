.class public Lorg/apkscan/test/im/Frame;
.super Ljava/lang/Object;

# A frame keeping its mode as a bit of a flags word.

.field public static final FLAG_FULLSCREEN:I = 0x1
.field public static final FLAG_INCOGNITO:I = 0x4
.field public static current:Lorg/apkscan/test/im/Frame;
.field public mFlags:I

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
