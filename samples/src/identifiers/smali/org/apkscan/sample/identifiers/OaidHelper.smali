.class final Lorg/apkscan/sample/identifiers/OaidHelper;
.super Ljava/lang/Object;
.source "OaidHelper.java"
.implements Lcom/bun/miitmdid/interfaces/IIdentifierListener;

# OaidHelper asks the MSA (China Mobile Security Alliance) SDK for the OAID.
# The com.bun.miitmdid classes are referenced only: they are not in this APK.

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method static start(Landroid/content/Context;)V
    .registers 3
    new-instance v0, Lorg/apkscan/sample/identifiers/OaidHelper;
    invoke-direct {v0}, Lorg/apkscan/sample/identifiers/OaidHelper;-><init>()V
    const/4 v1, 0x1
    invoke-static {p0, v1, v0}, Lcom/bun/miitmdid/core/MdidSdkHelper;->InitSdk(Landroid/content/Context;ZLcom/bun/miitmdid/interfaces/IIdentifierListener;)I
    return-void
.end method

.method public OnSupport(ZLcom/bun/miitmdid/interfaces/IdSupplier;)V
    .registers 4
    if-eqz p2, :done
    invoke-interface {p2}, Lcom/bun/miitmdid/interfaces/IdSupplier;->getOAID()Ljava/lang/String;
    move-result-object v0
    invoke-static {v0}, Lorg/apkscan/sample/identifiers/MainActivity;->report(Ljava/lang/String;)V
    :done
    return-void
.end method
