.class public Lo/a;
.super Landroid/app/Activity;

# sealedui with a renamed enum: the private tab is made with o.m.b, and
# `mode == b` picks R.string.incognito_tab_title (resources.arsc, built by
# aapt from res/ here).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    sget-object v0, Lo/m;->a:Lo/m;
    new-instance v1, Lo/b;
    invoke-direct {v1, p0, v0}, Lo/b;-><init>(Landroid/app/Activity;Lo/m;)V
    return-void
.end method

.method public onOptionsItemSelected(Landroid/view/MenuItem;)Z
    .registers 4
    sget-object v0, Lo/m;->b:Lo/m;
    new-instance v1, Lo/b;
    invoke-direct {v1, p0, v0}, Lo/b;-><init>(Landroid/app/Activity;Lo/m;)V
    const/4 v0, 0x1
    return v0
.end method
