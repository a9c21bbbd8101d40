.class public Lorg/apkscan/test/framework/Headlines;
.super Landroid/app/ListFragment;
.source "Headlines.java"

# A ListFragment the framework makes from a layout (nothing here makes
# one): onListItemClick logs the IMEI, and hands it back to the activity
# as the result's data with setResult(int, Intent).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/ListFragment;-><init>()V
    return-void
.end method

.method public onListItemClick(Landroid/widget/ListView;Landroid/view/View;IJ)V
    .registers 11
    invoke-virtual {p0}, Lorg/apkscan/test/framework/Headlines;->getActivity()Landroid/app/Activity;
    move-result-object v0
    const-string v1, "phone"
    invoke-virtual {v0, v1}, Landroid/app/Activity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Landroid/telephony/TelephonyManager;
    invoke-virtual {v1}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    const-string v2, "headlines"
    invoke-static {v2, v1}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    new-instance v2, Landroid/content/Intent;
    invoke-direct {v2}, Landroid/content/Intent;-><init>()V
    const-string v3, "id"
    invoke-virtual {v2, v3, v1}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;
    const/4 v3, -0x1
    invoke-virtual {v0, v3, v2}, Landroid/app/Activity;->setResult(ILandroid/content/Intent;)V
    return-void
.end method
