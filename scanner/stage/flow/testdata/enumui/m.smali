.class public final enum Lo/m;
.super Ljava/lang/Enum;

# An enum of modes renamed with its constants' names and name strings
# (R8 with -overloadaggressively and a shrunk name()): a is the normal
# mode, b the private one, and nothing says so but the tab's title.

.field public static final enum a:Lo/m;
.field public static final enum b:Lo/m;

.method static constructor <clinit>()V
    .registers 4
    new-instance v0, Lo/m;
    const-string v1, "a"
    const/4 v2, 0x0
    invoke-direct {v0, v1, v2}, Lo/m;-><init>(Ljava/lang/String;I)V
    sput-object v0, Lo/m;->a:Lo/m;
    new-instance v0, Lo/m;
    const-string v1, "b"
    const/4 v2, 0x1
    invoke-direct {v0, v1, v2}, Lo/m;-><init>(Ljava/lang/String;I)V
    sput-object v0, Lo/m;->b:Lo/m;
    return-void
.end method

.method private constructor <init>(Ljava/lang/String;I)V
    .registers 3
    invoke-direct {p0, p1, p2}, Ljava/lang/Enum;-><init>(Ljava/lang/String;I)V
    return-void
.end method
