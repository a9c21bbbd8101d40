.class public final enum Lo/a;
.super Ljava/lang/Enum;

# A shrunk enum: its fields renamed, its constants' names kept.

.field public static final enum a:Lo/a;
.field public static final enum b:Lo/a;

.method static constructor <clinit>()V
    .registers 3
    new-instance v0, Lo/a;
    const-string v1, "NORMAL"
    const/4 v2, 0
    invoke-direct {v0, v1, v2}, Lo/a;-><init>(Ljava/lang/String;I)V
    sput-object v0, Lo/a;->a:Lo/a;
    new-instance v0, Lo/a;
    const-string v1, "PRIVATE_BROWSING"
    const/4 v2, 1
    invoke-direct {v0, v1, v2}, Lo/a;-><init>(Ljava/lang/String;I)V
    sput-object v0, Lo/a;->b:Lo/a;
    return-void
.end method

.method private constructor <init>(Ljava/lang/String;I)V
    .registers 3
    invoke-direct {p0, p1, p2}, Ljava/lang/Enum;-><init>(Ljava/lang/String;I)V
    return-void
.end method
