.class public Lorg/apkscan/test/uv/a;
.super Landroid/app/Activity;

# A shrunk browser whose resource names are shrunk too (AndResGuard): no
# name in its code or its resources.arsc (built by aapt from res/ and
# AndroidManifest.xml here) says incognito. The text of the title its
# tab's flag picks where it is true, R.string.c, does: 无痕浏览,
# "traceless browsing", as Chinese browsers name the mode.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lorg/apkscan/test/uv/b;
    const/4 v1, 0x0
    invoke-direct {v0, p0, v1}, Lorg/apkscan/test/uv/b;-><init>(Landroid/app/Activity;Z)V
    return-void
.end method

.method public onOptionsItemSelected(Landroid/view/MenuItem;)Z
    .registers 4
    new-instance v0, Lorg/apkscan/test/uv/b;
    const/4 v1, 0x1
    invoke-direct {v0, p0, v1}, Lorg/apkscan/test/uv/b;-><init>(Landroid/app/Activity;Z)V
    return v1
.end method
