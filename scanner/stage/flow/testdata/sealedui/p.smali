.class public final Lo/p;
.super Lo/m;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lo/m;-><init>()V
    return-void
.end method
