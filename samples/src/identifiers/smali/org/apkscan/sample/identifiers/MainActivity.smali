.class public Lorg/apkscan/sample/identifiers/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-direct {p0}, Lorg/apkscan/sample/identifiers/MainActivity;->collectIdentifiers()V
    new-instance v0, Ljava/lang/Thread;
    new-instance v1, Lorg/apkscan/sample/identifiers/AdIdFetcher;
    invoke-direct {v1, p0}, Lorg/apkscan/sample/identifiers/AdIdFetcher;-><init>(Landroid/content/Context;)V
    invoke-direct {v0, v1}, Ljava/lang/Thread;-><init>(Ljava/lang/Runnable;)V
    invoke-virtual {v0}, Ljava/lang/Thread;->start()V
    invoke-static {p0}, Lorg/apkscan/sample/identifiers/OaidHelper;->start(Landroid/content/Context;)V
    return-void
.end method

# collectIdentifiers reads every identifier the platform hands out and logs it.
.method private collectIdentifiers()V
    .registers 4
    invoke-virtual {p0}, Lorg/apkscan/sample/identifiers/MainActivity;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    invoke-static {v1}, Lorg/apkscan/sample/identifiers/MainActivity;->report(Ljava/lang/String;)V

    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/sample/identifiers/MainActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    invoke-static {v1}, Lorg/apkscan/sample/identifiers/MainActivity;->report(Ljava/lang/String;)V
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getImei()Ljava/lang/String;
    move-result-object v1
    invoke-static {v1}, Lorg/apkscan/sample/identifiers/MainActivity;->report(Ljava/lang/String;)V
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getSubscriberId()Ljava/lang/String;
    move-result-object v1
    invoke-static {v1}, Lorg/apkscan/sample/identifiers/MainActivity;->report(Ljava/lang/String;)V
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getSimSerialNumber()Ljava/lang/String;
    move-result-object v1
    invoke-static {v1}, Lorg/apkscan/sample/identifiers/MainActivity;->report(Ljava/lang/String;)V

    invoke-virtual {p0}, Lorg/apkscan/sample/identifiers/MainActivity;->getApplicationContext()Landroid/content/Context;
    move-result-object v0
    const-string v1, "wifi"
    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/net/wifi/WifiManager;
    invoke-virtual {v0}, Landroid/net/wifi/WifiManager;->getConnectionInfo()Landroid/net/wifi/WifiInfo;
    move-result-object v0
    invoke-virtual {v0}, Landroid/net/wifi/WifiInfo;->getMacAddress()Ljava/lang/String;
    move-result-object v1
    invoke-static {v1}, Lorg/apkscan/sample/identifiers/MainActivity;->report(Ljava/lang/String;)V

    sget-object v1, Landroid/os/Build;->SERIAL:Ljava/lang/String;
    invoke-static {v1}, Lorg/apkscan/sample/identifiers/MainActivity;->report(Ljava/lang/String;)V

    const-string v0, "location"
    invoke-virtual {p0, v0}, Lorg/apkscan/sample/identifiers/MainActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/location/LocationManager;
    const-string v1, "gps"
    invoke-virtual {v0, v1}, Landroid/location/LocationManager;->getLastKnownLocation(Ljava/lang/String;)Landroid/location/Location;
    move-result-object v2
    return-void
.end method

.method static report(Ljava/lang/String;)V
    .registers 2
    const-string v0, "ids"
    invoke-static {v0, p0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
