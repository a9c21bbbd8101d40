.class public Lorg/apkscan/test/menu/a;
.super Landroid/app/Activity;

# A shrunk browser whose only sign of its incognito mode is the menu item
# that toggles it (R.id.menu_incognito, resources.arsc built by aapt from
# res/ here) and the one that opens a private tab (R.id.menu_private_tab):
# what they turn on, a and p, is the mode. s, which the settings item
# sets, is not.

.field public a:Z
.field public p:Z
.field public s:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/menu/c;
    invoke-direct {v1, p0}, Lorg/apkscan/test/menu/c;-><init>(Lorg/apkscan/test/menu/a;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method

.method public onOptionsItemSelected(Landroid/view/MenuItem;)Z
    .registers 4
    invoke-interface {p1}, Landroid/view/MenuItem;->getItemId()I
    move-result v0
    sparse-switch v0, :menu
    const/4 v0, 0x0
    return v0
    :settings
    const/4 v1, 0x1
    iput-boolean v1, p0, Lorg/apkscan/test/menu/a;->s:Z
    return v1
    :incognito
    iget-boolean v1, p0, Lorg/apkscan/test/menu/a;->a:Z
    xor-int/lit8 v1, v1, 0x1
    iput-boolean v1, p0, Lorg/apkscan/test/menu/a;->a:Z
    const/4 v1, 0x1
    return v1
    :menu
    .sparse-switch
        0x7f020000 -> :settings
        0x7f020001 -> :incognito
    .end sparse-switch
.end method

.method public onContextItemSelected(Landroid/view/MenuItem;)Z
    .registers 4
    invoke-interface {p1}, Landroid/view/MenuItem;->getItemId()I
    move-result v0
    const v1, 0x7f020002
    if-ne v0, v1, :other
    const/4 v0, 0x1
    invoke-virtual {p0, v0}, Lorg/apkscan/test/menu/a;->o(Z)V
    return v0
    :other
    const/4 v0, 0x0
    return v0
.end method

.method public o(Z)V
    .registers 2
    iput-boolean p1, p0, Lorg/apkscan/test/menu/a;->p:Z
    return-void
.end method
