.class public Lorg/apkscan/sample/endpoints/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

.method static constructor <clinit>()V
    .registers 1
    const-string v0, "jpush400"
    invoke-static {v0}, Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V
    return-void
.end method

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 2
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-static {}, Lorg/apkscan/sample/endpoints/StatsReporter;->reportAll()V
    return-void
.end method
