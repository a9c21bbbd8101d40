.class public Lorg/apkscan/sample/risks/DeepLinkActivity;
.super Landroid/app/Activity;
.source "DeepLinkActivity.java"

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
