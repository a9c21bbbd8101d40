.class public Lorg/apkscan/test/gs/Event;
.super Ljava/lang/Object;
.field public device:Ljava/lang/String;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
