.class public Lorg/apkscan/test/rs/d;
.super Landroid/webkit/WebView;

.method public constructor <init>(Landroid/content/Context;Z)V
    .registers 6
    const/4 v0, 0x0
    const v1, 0x1010085
    invoke-direct {p0, p1, v0, v1, p2}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;Landroid/util/AttributeSet;IZ)V
    return-void
.end method
