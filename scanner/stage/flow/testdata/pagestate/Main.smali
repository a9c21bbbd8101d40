.class public Lorg/apkscan/test/ps/Main;
.super Landroid/app/Activity;

# A browser in AOSP's browser's shape: its tab's client replaces the
# tab's page state with a new one holding the page's URL when a page
# starts, updates the state's URL when the page's address changes, and
# hands the tab to the controller when it has loaded. The
# controller asks the tab for its URL and sends it to a tracker. BUG ON
# PURPOSE: in incognito mode (the launching intent's flag) too.

.field static sIncognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Lorg/apkscan/test/ps/Main;->getIntent()Landroid/content/Intent;
    move-result-object v0
    const-string v1, "incognito"
    const/4 v2, 0x0
    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->getBooleanExtra(Ljava/lang/String;Z)Z
    move-result v0
    sput-boolean v0, Lorg/apkscan/test/ps/Main;->sIncognito:Z
    if-eqz v0, :normal
    const-string v0, "Incognito"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/ps/Main;->setTitle(Ljava/lang/CharSequence;)V
    :normal
    new-instance v0, Lorg/apkscan/test/ps/Controller;
    invoke-direct {v0}, Lorg/apkscan/test/ps/Controller;-><init>()V
    new-instance v1, Lorg/apkscan/test/ps/Tab;
    invoke-direct {v1, p0, v0}, Lorg/apkscan/test/ps/Tab;-><init>(Landroid/content/Context;Lorg/apkscan/test/ps/Controller;)V
    return-void
.end method
