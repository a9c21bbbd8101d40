.class public Lorg/apkscan/test/tg/a;
.super Landroid/app/Activity;

# The menu toggles incognito mode: incognito = !incognito, which d8
# compiles to a xor with 1. The stored negation of the earlier read is no
# second, contradicting state: the client's test of the field guards.

.field public incognito:Z

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
    new-instance v1, Lorg/apkscan/test/tg/c;
    invoke-direct {v1, p0}, Lorg/apkscan/test/tg/c;-><init>(Lorg/apkscan/test/tg/a;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method

.method public onOptionsItemSelected(Landroid/view/MenuItem;)Z
    .registers 3
    iget-boolean v0, p0, Lorg/apkscan/test/tg/a;->incognito:Z
    xor-int/lit8 v0, v0, 0x1
    iput-boolean v0, p0, Lorg/apkscan/test/tg/a;->incognito:Z
    const/4 v0, 0x1
    return v0
.end method
