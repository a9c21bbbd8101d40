.class public Lorg/apkscan/sample/owners/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

# onCreate reads ANDROID_ID in the app's own code and starts the SDK.
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-direct {p0}, Lorg/apkscan/sample/owners/MainActivity;->installId()Ljava/lang/String;
    move-result-object v0
    invoke-static {p0}, Lcom/sensorsdata/analytics/android/sdk/util/DeviceIds;->imei(Landroid/content/Context;)Ljava/lang/String;
    return-void
.end method

.method private installId()Ljava/lang/String;
    .registers 3
    invoke-virtual {p0}, Lorg/apkscan/sample/owners/MainActivity;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method
