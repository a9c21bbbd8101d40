.class public Lorg/apkscan/test/ui/a;
.super Landroid/app/Activity;

# A shrunk browser: nothing in its code is named like incognito mode, no
# preference or private WebView shows it. Its tab's title does: the tab's
# flag picks a helper that sets R.string.incognito_tab_title
# (resources.arsc, built by aapt from res/ and AndroidManifest.xml here)
# where it is true.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lorg/apkscan/test/ui/b;
    const/4 v1, 0x0
    invoke-direct {v0, p0, v1}, Lorg/apkscan/test/ui/b;-><init>(Landroid/app/Activity;Z)V
    return-void
.end method

.method public onOptionsItemSelected(Landroid/view/MenuItem;)Z
    .registers 4
    new-instance v0, Lorg/apkscan/test/ui/b;
    const/4 v1, 0x1
    invoke-direct {v0, p0, v1}, Lorg/apkscan/test/ui/b;-><init>(Landroid/app/Activity;Z)V
    return v1
.end method
