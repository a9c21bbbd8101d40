.class public Lo/a;
.super Landroid/app/Activity;

# A shrunk browser whose mode is a renamed sealed class: the private tab
# is made with an o.p. Its title shows which class is the private mode:
# `mode is p` picks R.string.incognito_tab_title (resources.arsc, built
# by aapt from res/ here).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lo/n;
    invoke-direct {v0}, Lo/n;-><init>()V
    new-instance v1, Lo/b;
    invoke-direct {v1, p0, v0}, Lo/b;-><init>(Landroid/app/Activity;Lo/m;)V
    return-void
.end method

.method public onOptionsItemSelected(Landroid/view/MenuItem;)Z
    .registers 4
    new-instance v0, Lo/p;
    invoke-direct {v0}, Lo/p;-><init>()V
    new-instance v1, Lo/b;
    invoke-direct {v1, p0, v0}, Lo/b;-><init>(Landroid/app/Activity;Lo/m;)V
    const/4 v0, 0x1
    return v0
.end method
