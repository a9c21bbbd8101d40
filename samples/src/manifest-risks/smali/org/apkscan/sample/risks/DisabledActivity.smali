.class public Lorg/apkscan/sample/risks/DisabledActivity;
.super Landroid/app/Activity;
.source "DisabledActivity.java"

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
