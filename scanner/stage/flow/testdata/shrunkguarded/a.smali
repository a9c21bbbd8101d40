.class public Lo/a;
.super Landroid/app/Activity;

# The 2020 case as a shrinker leaves it: every name of the app is renamed.
# The menu item R.id.menu_incognito (resources.arsc, from res/ here)
# toggles b, the mode. Outside it only, history is kept and every
# finished page goes, with the IMEI of the first SIM slot read through
# MIUI's TelephonyManager, Base64-encoded in a POST from a background
# thread: shrunkbrowser's guarded twin. The pages are shown by MIUI's
# WebView.

.field public b:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lcom/miui/webkit/WebView;
    invoke-direct {v0, p0}, Lcom/miui/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lo/c;
    invoke-direct {v1, p0}, Lo/c;-><init>(Lo/a;)V
    invoke-virtual {v0, v1}, Lcom/miui/webkit/WebView;->setWebViewClient(Lcom/miui/webkit/WebViewClient;)V
    return-void
.end method

.method public onOptionsItemSelected(Landroid/view/MenuItem;)Z
    .registers 4
    invoke-interface {p1}, Landroid/view/MenuItem;->getItemId()I
    move-result v0
    const v1, 0x7f020001
    if-ne v0, v1, :other
    iget-boolean v0, p0, Lo/a;->b:Z
    xor-int/lit8 v0, v0, 0x1
    iput-boolean v0, p0, Lo/a;->b:Z
    const/4 v0, 0x1
    return v0
    :other
    const/4 v0, 0x0
    return v0
.end method
