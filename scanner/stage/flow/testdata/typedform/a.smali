.class public Lorg/apkscan/test/tf/a;
.super Landroid/app/Activity;

# A sign-up form: R.id.a is an email field (android:inputType
# textEmailAddress), R.id.b a name field (textPersonName), R.id.c plain
# text (res/layout/a.xml; res.apk is aapt's build of it). The button
# R.id.d sends the form. The name field is found again through a Kotlin
# synthetic accessor (s), the email field through a view binding's lookup
# (v): the id is a constant only where they are called.

.field e:Landroid/widget/EditText;
.field n:Landroid/widget/EditText;
.field t:Landroid/widget/EditText;
.field s:Landroid/widget/EditText;
.field v:Landroid/widget/EditText;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const v0, 0x7f020000
    invoke-virtual {p0, v0}, Lorg/apkscan/test/tf/a;->setContentView(I)V
    const v0, 0x7f030000
    invoke-virtual {p0, v0}, Lorg/apkscan/test/tf/a;->findViewById(I)Landroid/view/View;
    move-result-object v0
    check-cast v0, Landroid/widget/EditText;
    iput-object v0, p0, Lorg/apkscan/test/tf/a;->e:Landroid/widget/EditText;
    const v0, 0x7f030001
    invoke-virtual {p0, v0}, Lorg/apkscan/test/tf/a;->findViewById(I)Landroid/view/View;
    move-result-object v0
    check-cast v0, Landroid/widget/EditText;
    iput-object v0, p0, Lorg/apkscan/test/tf/a;->n:Landroid/widget/EditText;
    const v0, 0x7f030002
    invoke-virtual {p0, v0}, Lorg/apkscan/test/tf/a;->findViewById(I)Landroid/view/View;
    move-result-object v0
    check-cast v0, Landroid/widget/EditText;
    iput-object v0, p0, Lorg/apkscan/test/tf/a;->t:Landroid/widget/EditText;
    const v0, 0x7f030003
    invoke-virtual {p0, v0}, Lorg/apkscan/test/tf/a;->findViewById(I)Landroid/view/View;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/tf/b;
    invoke-direct {v1, p0}, Lorg/apkscan/test/tf/b;-><init>(Lorg/apkscan/test/tf/a;)V
    invoke-virtual {v0, v1}, Landroid/view/View;->setOnClickListener(Landroid/view/View$OnClickListener;)V
    const v0, 0x7f030001
    invoke-virtual {p0, v0}, Lorg/apkscan/test/tf/a;->_$_findCachedViewById(I)Landroid/view/View;
    move-result-object v0
    check-cast v0, Landroid/widget/EditText;
    iput-object v0, p0, Lorg/apkscan/test/tf/a;->s:Landroid/widget/EditText;
    invoke-virtual {p0}, Lorg/apkscan/test/tf/a;->getWindow()Landroid/view/Window;
    move-result-object v0
    invoke-virtual {v0}, Landroid/view/Window;->getDecorView()Landroid/view/View;
    move-result-object v0
    const v1, 0x7f030000
    invoke-static {v0, v1}, Landroidx/viewbinding/ViewBindings;->findChildViewById(Landroid/view/View;I)Landroid/view/View;
    move-result-object v0
    check-cast v0, Landroid/widget/EditText;
    iput-object v0, p0, Lorg/apkscan/test/tf/a;->v:Landroid/widget/EditText;
    return-void
.end method

.method public _$_findCachedViewById(I)Landroid/view/View;
    .registers 3
    invoke-virtual {p0, p1}, Lorg/apkscan/test/tf/a;->findViewById(I)Landroid/view/View;
    move-result-object v0
    return-object v0
.end method
