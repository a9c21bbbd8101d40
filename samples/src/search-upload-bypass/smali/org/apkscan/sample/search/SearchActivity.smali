.class public Lorg/apkscan/sample/search/SearchActivity;
.super Landroid/app/Activity;
.source "SearchActivity.java"

# A browser's search box: the incognito switch comes with the launching
# intent; queries go to SearchListener.

.field static sIncognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public static isIncognito()Z
    .registers 1
    sget-boolean v0, Lorg/apkscan/sample/search/SearchActivity;->sIncognito:Z
    return v0
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Lorg/apkscan/sample/search/SearchActivity;->getIntent()Landroid/content/Intent;
    move-result-object v0
    const-string v1, "incognito"
    const/4 v2, 0x0
    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->getBooleanExtra(Ljava/lang/String;Z)Z
    move-result v0
    sput-boolean v0, Lorg/apkscan/sample/search/SearchActivity;->sIncognito:Z
    new-instance v0, Landroid/widget/SearchView;
    invoke-direct {v0, p0}, Landroid/widget/SearchView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/sample/search/SearchListener;
    invoke-direct {v1, p0}, Lorg/apkscan/sample/search/SearchListener;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, v1}, Landroid/widget/SearchView;->setOnQueryTextListener(Landroid/widget/SearchView$OnQueryTextListener;)V
    invoke-virtual {p0, v0}, Lorg/apkscan/sample/search/SearchActivity;->setContentView(Landroid/view/View;)V
    return-void
.end method
