.class public Lorg/apkscan/test/ml/a;
.super Landroid/app/Activity;

# A shrunk browser whose only sign of its incognito mode is the menu item
# that toggles it and the one that opens a private tab, with every
# resource name shrunk too (AndResGuard): R.id.b and R.id.c say nothing;
# the titles the menu gives them do ("New incognito tab", "Open in
# private tab"). res.apk is aapt's build of res/ and AndroidManifest.xml
# here, the menu file moved to r/a/a.xml as AndResGuard moves it. What the
# items turn on, a and p, is the mode; s, which R.id.a (Settings) sets,
# is not.

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
    new-instance v1, Lorg/apkscan/test/ml/c;
    invoke-direct {v1, p0}, Lorg/apkscan/test/ml/c;-><init>(Lorg/apkscan/test/ml/a;)V
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
    iput-boolean v1, p0, Lorg/apkscan/test/ml/a;->s:Z
    return v1
    :incognito
    iget-boolean v1, p0, Lorg/apkscan/test/ml/a;->a:Z
    xor-int/lit8 v1, v1, 0x1
    iput-boolean v1, p0, Lorg/apkscan/test/ml/a;->a:Z
    const/4 v1, 0x1
    return v1
    :menu
    .sparse-switch
        0x7f040000 -> :settings
        0x7f040001 -> :incognito
    .end sparse-switch
.end method

.method public onContextItemSelected(Landroid/view/MenuItem;)Z
    .registers 4
    invoke-interface {p1}, Landroid/view/MenuItem;->getItemId()I
    move-result v0
    const v1, 0x7f040002
    if-ne v0, v1, :other
    const/4 v0, 0x1
    invoke-virtual {p0, v0}, Lorg/apkscan/test/ml/a;->o(Z)V
    return v0
    :other
    const/4 v0, 0x0
    return v0
.end method

.method public o(Z)V
    .registers 2
    iput-boolean p1, p0, Lorg/apkscan/test/ml/a;->p:Z
    return-void
.end method
