.class public Lorg/apkscan/test/tw/Watch;
.super Ljava/lang/Object;
.implements Landroid/text/TextWatcher;

# afterTextChanged, which the framework calls, logs the IMEI.

.field private final context:Landroid/content/Context;

.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/tw/Watch;->context:Landroid/content/Context;
    return-void
.end method

.method public afterTextChanged(Landroid/text/Editable;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/tw/Watch;->context:Landroid/content/Context;
    const-string v1, "phone"
    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    const-string v1, "tw"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method public beforeTextChanged(Ljava/lang/CharSequence;III)V
    .registers 5
    return-void
.end method

.method public onTextChanged(Ljava/lang/CharSequence;III)V
    .registers 5
    return-void
.end method
