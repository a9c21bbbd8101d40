.class public Lorg/apkscan/sample/blocklists/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

# onCreate opens the hosts list by its asset path, as a browser loads its
# block list at start, and shows a greeting.
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    :try_start
    invoke-virtual {p0}, Lorg/apkscan/sample/blocklists/MainActivity;->getAssets()Landroid/content/res/AssetManager;
    move-result-object v0
    const-string v1, "shield/nullroute"
    invoke-virtual {v0, v1}, Landroid/content/res/AssetManager;->open(Ljava/lang/String;)Ljava/io/InputStream;
    move-result-object v0
    invoke-virtual {v0}, Ljava/io/InputStream;->close()V
    :try_end
    .catch Ljava/io/IOException; {:try_start .. :try_end} :caught
    :caught
    new-instance v0, Landroid/widget/TextView;
    invoke-direct {v0, p0}, Landroid/widget/TextView;-><init>(Landroid/content/Context;)V
    const-string v1, "Blocking ads with bundled lists"
    invoke-virtual {v0, v1}, Landroid/widget/TextView;->setText(Ljava/lang/CharSequence;)V
    invoke-virtual {p0, v0}, Lorg/apkscan/sample/blocklists/MainActivity;->setContentView(Landroid/view/View;)V
    return-void
.end method
