# A compatibility helper shaped like the support libraries' shims: a public
# static getter that nothing in the app calls.
.class public final Lorg/apkscan/sample/owners/compat/PhoneCompat;
.super Ljava/lang/Object;
.source "PhoneCompat.java"

.method public static getImei(Landroid/telephony/TelephonyManager;)Ljava/lang/String;
    .registers 2
    invoke-virtual {p0}, Landroid/telephony/TelephonyManager;->getImei()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method
