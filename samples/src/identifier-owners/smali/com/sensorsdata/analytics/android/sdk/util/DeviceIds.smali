# SDK-shaped code of our own, inside the tracker SDK's package: the SDK
# reads the IMEI for itself.
.class public final Lcom/sensorsdata/analytics/android/sdk/util/DeviceIds;
.super Ljava/lang/Object;
.source "DeviceIds.java"

.method public static imei(Landroid/content/Context;)Ljava/lang/String;
    .registers 3
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    return-object v1
.end method
