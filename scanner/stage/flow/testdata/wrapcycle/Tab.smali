.class public Lorg/apkscan/test/wc/Tab;
.super Ljava/lang/Object;

# Two methods that call each other with the mode: a makes the private
# WebView, b opens a tab through a. Both hand their parameter on.

.method public static a(Landroid/content/Context;ZI)V
    .registers 7
    if-lez p2, :make
    add-int/lit8 v0, p2, -0x1
    invoke-static {p0, p1, v0}, Lorg/apkscan/test/wc/Tab;->b(Landroid/content/Context;ZI)V
    :make
    new-instance v0, Landroid/webkit/WebView;
    const/4 v1, 0x0
    const/4 v2, 0x0
    invoke-direct {v0, p0, v1, v2, p1}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;Landroid/util/AttributeSet;IZ)V
    return-void
.end method

.method public static b(Landroid/content/Context;ZI)V
    .registers 3
    invoke-static {p0, p1, p2}, Lorg/apkscan/test/wc/Tab;->a(Landroid/content/Context;ZI)V
    return-void
.end method
