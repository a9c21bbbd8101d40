.class final Lorg/apkscan/sample/identifiers/AdIdFetcher;
.super Ljava/lang/Object;
.source "AdIdFetcher.java"
.implements Ljava/lang/Runnable;

# AdIdFetcher reads the Google advertising ID off the main thread. The
# AdvertisingIdClient classes are referenced only: they are not in this APK.

.field private final context:Landroid/content/Context;

.method constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/sample/identifiers/AdIdFetcher;->context:Landroid/content/Context;
    return-void
.end method

.method public run()V
    .registers 3
    iget-object v0, p0, Lorg/apkscan/sample/identifiers/AdIdFetcher;->context:Landroid/content/Context;
    invoke-static {v0}, Lcom/google/android/gms/ads/identifier/AdvertisingIdClient;->getAdvertisingIdInfo(Landroid/content/Context;)Lcom/google/android/gms/ads/identifier/AdvertisingIdClient$Info;
    move-result-object v0
    invoke-virtual {v0}, Lcom/google/android/gms/ads/identifier/AdvertisingIdClient$Info;->getId()Ljava/lang/String;
    move-result-object v1
    invoke-static {v1}, Lorg/apkscan/sample/identifiers/MainActivity;->report(Ljava/lang/String;)V
    return-void
.end method
