.class public Lorg/apkscan/test/ord/Main;
.super Landroid/app/Activity;

# The device id is stored in the activity's field f by a click listener
# registered in onResume: onCreate, which runs before any click, cannot
# read it there; onStart, which runs again after a click, can. The id
# that init(), called by onCreate, stores in g is there when onCreate
# reads it.

.field public f:Ljava/lang/String;
.field public g:Ljava/lang/String;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Lorg/apkscan/test/ord/Main;->init()V
    const-string v0, "ord"
    iget-object v1, p0, Lorg/apkscan/test/ord/Main;->f:Ljava/lang/String;
    invoke-static {v0, v1}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    iget-object v1, p0, Lorg/apkscan/test/ord/Main;->g:Ljava/lang/String;
    invoke-static {v0, v1}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method public init()V
    .registers 2
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/ord/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getSimSerialNumber()Ljava/lang/String;
    move-result-object v0
    iput-object v0, p0, Lorg/apkscan/test/ord/Main;->g:Ljava/lang/String;
    return-void
.end method

.method protected onStart()V
    .registers 3
    invoke-super {p0}, Landroid/app/Activity;->onStart()V
    const-string v0, "ord"
    iget-object v1, p0, Lorg/apkscan/test/ord/Main;->f:Ljava/lang/String;
    invoke-static {v0, v1}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method protected onResume()V
    .registers 4
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    new-instance v0, Landroid/view/View;
    invoke-direct {v0, p0}, Landroid/view/View;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/ord/Main$1;
    invoke-direct {v1, p0}, Lorg/apkscan/test/ord/Main$1;-><init>(Lorg/apkscan/test/ord/Main;)V
    invoke-virtual {v0, v1}, Landroid/view/View;->setOnClickListener(Landroid/view/View$OnClickListener;)V
    return-void
.end method
