.class public Lorg/apkscan/test/outer/Main;
.super Landroid/app/Fragment;
.source "Main.java"

# onCreate keeps the IMEI in a field; onStart gives a button an anonymous
# listener (Main$1), which sends the outer object's field by SMS.

.field imei:Ljava/lang/String;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Fragment;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Fragment;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Lorg/apkscan/test/outer/Main;->getActivity()Landroid/app/Activity;
    move-result-object v0
    const-string v1, "phone"
    invoke-virtual {v0, v1}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    iput-object v0, p0, Lorg/apkscan/test/outer/Main;->imei:Ljava/lang/String;
    return-void
.end method

.method public onStart()V
    .registers 4
    invoke-super {p0}, Landroid/app/Fragment;->onStart()V
    invoke-virtual {p0}, Lorg/apkscan/test/outer/Main;->getView()Landroid/view/View;
    move-result-object v0
    new-instance v1, Lorg/apkscan/test/outer/Main$1;
    invoke-direct {v1, p0}, Lorg/apkscan/test/outer/Main$1;-><init>(Lorg/apkscan/test/outer/Main;)V
    invoke-virtual {v0, v1}, Landroid/view/View;->setOnClickListener(Landroid/view/View$OnClickListener;)V
    return-void
.end method
