.class public Lorg/apkscan/test/ab/a;
.super Landroid/app/Activity;

# A browser whose names a shrinker left meaningless, but whose layout
# says which field is the address bar: R.id.a is android:inputType
# textUri (res/layout/a.xml; res.apk is aapt's build of it), R.id.b plain
# text. What is typed into the bar is a search or an address. Key
# listeners on each, d on the bar and g on the other field, read the text
# of the view they are given. R.id.c is a search box (text whose keyboard
# action is Search), read by h and by a library widget, Box. Views made
# in code: k an address bar (setInputType(textUri)), j a search box
# (setImeOptions(actionSearch) after it is stored), n plain text; i reads
# them, and w watches k's and n's text as it is typed.

.field private c:Z
.field e:Landroid/widget/EditText;
.field f:Landroid/widget/EditText;
.field j:Landroid/widget/EditText;
.field k:Landroid/widget/EditText;
.field n:Landroid/widget/EditText;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public isIncognito()Z
    .registers 2
    iget-boolean v0, p0, Lorg/apkscan/test/ab/a;->c:Z
    return v0
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const v0, 0x7f020000
    invoke-virtual {p0, v0}, Lorg/apkscan/test/ab/a;->setContentView(I)V
    const v0, 0x7f030000
    invoke-virtual {p0, v0}, Lorg/apkscan/test/ab/a;->findViewById(I)Landroid/view/View;
    move-result-object v0
    check-cast v0, Landroid/widget/EditText;
    iput-object v0, p0, Lorg/apkscan/test/ab/a;->e:Landroid/widget/EditText;
    const v1, 0x7f030001
    invoke-virtual {p0, v1}, Lorg/apkscan/test/ab/a;->findViewById(I)Landroid/view/View;
    move-result-object v1
    check-cast v1, Landroid/widget/EditText;
    iput-object v1, p0, Lorg/apkscan/test/ab/a;->f:Landroid/widget/EditText;
    new-instance v1, Lorg/apkscan/test/ab/b;
    invoke-direct {v1, p0}, Lorg/apkscan/test/ab/b;-><init>(Lorg/apkscan/test/ab/a;)V
    invoke-virtual {v0, v1}, Landroid/widget/EditText;->setOnEditorActionListener(Landroid/widget/TextView$OnEditorActionListener;)V
    new-instance v1, Lorg/apkscan/test/ab/d;
    invoke-direct {v1}, Lorg/apkscan/test/ab/d;-><init>()V
    invoke-virtual {v0, v1}, Landroid/widget/EditText;->setOnKeyListener(Landroid/view/View$OnKeyListener;)V
    iget-object v0, p0, Lorg/apkscan/test/ab/a;->f:Landroid/widget/EditText;
    new-instance v1, Lorg/apkscan/test/ab/g;
    invoke-direct {v1}, Lorg/apkscan/test/ab/g;-><init>()V
    invoke-virtual {v0, v1}, Landroid/widget/EditText;->setOnKeyListener(Landroid/view/View$OnKeyListener;)V
    const v0, 0x7f030002
    invoke-virtual {p0, v0}, Lorg/apkscan/test/ab/a;->findViewById(I)Landroid/view/View;
    move-result-object v0
    check-cast v0, Landroid/widget/EditText;
    new-instance v1, Lorg/apkscan/test/ab/h;
    invoke-direct {v1}, Lorg/apkscan/test/ab/h;-><init>()V
    invoke-virtual {v0, v1}, Landroid/widget/EditText;->setOnEditorActionListener(Landroid/widget/TextView$OnEditorActionListener;)V
    invoke-static {p0}, Landroidx/appcompat/widget/Box;->read(Landroid/app/Activity;)V
    new-instance v0, Landroid/widget/EditText;
    invoke-direct {v0, p0}, Landroid/widget/EditText;-><init>(Landroid/content/Context;)V
    const/16 v1, 0x11
    invoke-virtual {v0, v1}, Landroid/widget/EditText;->setInputType(I)V
    iput-object v0, p0, Lorg/apkscan/test/ab/a;->k:Landroid/widget/EditText;
    new-instance v1, Lorg/apkscan/test/ab/i;
    invoke-direct {v1, p0}, Lorg/apkscan/test/ab/i;-><init>(Lorg/apkscan/test/ab/a;)V
    invoke-virtual {v0, v1}, Landroid/widget/EditText;->setOnClickListener(Landroid/view/View$OnClickListener;)V
    new-instance v1, Lorg/apkscan/test/ab/w;
    invoke-direct {v1}, Lorg/apkscan/test/ab/w;-><init>()V
    invoke-virtual {v0, v1}, Landroid/widget/EditText;->addTextChangedListener(Landroid/text/TextWatcher;)V
    new-instance v0, Landroid/widget/EditText;
    invoke-direct {v0, p0}, Landroid/widget/EditText;-><init>(Landroid/content/Context;)V
    iput-object v0, p0, Lorg/apkscan/test/ab/a;->j:Landroid/widget/EditText;
    iget-object v0, p0, Lorg/apkscan/test/ab/a;->j:Landroid/widget/EditText;
    const/4 v1, 0x3
    invoke-virtual {v0, v1}, Landroid/widget/EditText;->setImeOptions(I)V
    new-instance v0, Landroid/widget/EditText;
    invoke-direct {v0, p0}, Landroid/widget/EditText;-><init>(Landroid/content/Context;)V
    const/4 v1, 0x1
    invoke-virtual {v0, v1}, Landroid/widget/EditText;->setInputType(I)V
    iput-object v0, p0, Lorg/apkscan/test/ab/a;->n:Landroid/widget/EditText;
    new-instance v1, Lorg/apkscan/test/ab/w;
    invoke-direct {v1}, Lorg/apkscan/test/ab/w;-><init>()V
    invoke-virtual {v0, v1}, Landroid/widget/EditText;->addTextChangedListener(Landroid/text/TextWatcher;)V
    return-void
.end method
