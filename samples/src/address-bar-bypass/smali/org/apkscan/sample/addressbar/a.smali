.class public Lorg/apkscan/sample/addressbar/a;
.super Landroid/app/Activity;
.source "SourceFile"

# A browser a shrinker left with no meaningful name. Its address bar,
# R.id.a, is known only by its layout (res/layout/b.xml: android:inputType
# textUri). Incognito mode is the "incognito_mode" preference, which a()
# reads; the title shows it.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method static a(Landroid/content/Context;)Z
    .registers 4
    const-string v0, "browser"
    const/4 v1, 0x0
    invoke-virtual {p0, v0, v1}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;
    move-result-object v0
    const-string v2, "incognito_mode"
    invoke-interface {v0, v2, v1}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z
    move-result v0
    return v0
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const v0, 0x7f020000
    invoke-virtual {p0, v0}, Lorg/apkscan/sample/addressbar/a;->setContentView(I)V
    invoke-static {p0}, Lorg/apkscan/sample/addressbar/a;->a(Landroid/content/Context;)Z
    move-result v0
    if-eqz v0, :normal
    const-string v0, "Incognito"
    invoke-virtual {p0, v0}, Lorg/apkscan/sample/addressbar/a;->setTitle(Ljava/lang/CharSequence;)V
    :normal
    const v0, 0x7f040000
    invoke-virtual {p0, v0}, Lorg/apkscan/sample/addressbar/a;->findViewById(I)Landroid/view/View;
    move-result-object v0
    check-cast v0, Landroid/widget/EditText;
    new-instance v1, Lorg/apkscan/sample/addressbar/b;
    invoke-direct {v1, p0}, Lorg/apkscan/sample/addressbar/b;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, v1}, Landroid/widget/EditText;->setOnEditorActionListener(Landroid/widget/TextView$OnEditorActionListener;)V
    return-void
.end method
