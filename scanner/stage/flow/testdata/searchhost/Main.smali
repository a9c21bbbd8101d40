.class public Lorg/apkscan/test/sh/Main;
.super Landroid/app/Activity;
.implements Landroid/widget/SearchView$OnQueryTextListener;

# An app with no incognito mode: what the user searches, and what the
# clipboard holds when the app comes to the front, go to its own search
# server (the search itself) and to a Sensors Analytics collector by a
# plain HTTP request (tracking, though no SDK call is made), as does what
# the user types in the search box.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroid/widget/SearchView;
    invoke-direct {v0, p0}, Landroid/widget/SearchView;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, p0}, Landroid/widget/SearchView;->setOnQueryTextListener(Landroid/widget/SearchView$OnQueryTextListener;)V
    return-void
.end method

.method protected onResume()V
    .registers 3
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    const-string v0, "clipboard"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/sh/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/content/ClipboardManager;
    invoke-virtual {v0}, Landroid/content/ClipboardManager;->getText()Ljava/lang/CharSequence;
    move-result-object v0
    invoke-interface {v0}, Ljava/lang/CharSequence;->toString()Ljava/lang/String;
    move-result-object v0
    invoke-static {v0}, Lorg/apkscan/test/sh/Main;->find(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/sh/Main;->stat(Ljava/lang/String;)V
    return-void
.end method

.method public onQueryTextChange(Ljava/lang/String;)Z
    .registers 3
    invoke-static {p1}, Lorg/apkscan/test/sh/Main;->stat(Ljava/lang/String;)V
    const/4 v0, 0x0
    return v0
.end method

.method public onQueryTextSubmit(Ljava/lang/String;)Z
    .registers 3
    invoke-static {p1}, Lorg/apkscan/test/sh/Main;->find(Ljava/lang/String;)V
    invoke-static {p1}, Lorg/apkscan/test/sh/Main;->stat(Ljava/lang/String;)V
    const/4 v0, 0x1
    return v0
.end method

.method static find(Ljava/lang/String;)V
    .registers 3
    const-string v0, "https://search.example.org/find?q="
    invoke-virtual {v0, p0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openStream()Ljava/io/InputStream;
    return-void
.end method

.method static stat(Ljava/lang/String;)V
    .registers 3
    const-string v0, "https://sa.api.intl.miui.com/sa?project=app&q="
    invoke-virtual {v0, p0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/net/URL;
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openStream()Ljava/io/InputStream;
    return-void
.end method
