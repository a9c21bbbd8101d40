.class public Lorg/apkscan/sample/bounds/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

# onCreate reads the device id 30 times into one StringBuilder (taint sets
# past their bound), moves one id through 240 registers copies (a witness
# past its length bound), hands one to a chain of nested helpers deeper than
# the summary bound and to 70 relays that all reach one sink (more
# witnesses than are kept), and calls an interface with 70 implementations
# (more than class-hierarchy analysis links).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p4, p5}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p4, v0}, Lorg/apkscan/sample/bounds/MainActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    new-instance v1, Ljava/lang/StringBuilder;
    invoke-direct {v1}, Ljava/lang/StringBuilder;-><init>()V
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v1}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v3
    invoke-static {v3}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getImei()Ljava/lang/String;
    move-result-object v2
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    move-object v3, v2
    move-object v2, v3
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getSubscriberId()Ljava/lang/String;
    move-result-object v2
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Chain;->c0(Ljava/lang/String;)V
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getSimSerialNumber()Ljava/lang/String;
    move-result-object v2
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r0(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r1(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r2(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r3(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r4(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r5(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r6(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r7(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r8(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r9(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r10(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r11(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r12(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r13(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r14(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r15(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r16(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r17(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r18(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r19(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r20(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r21(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r22(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r23(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r24(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r25(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r26(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r27(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r28(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r29(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r30(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r31(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r32(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r33(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r34(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r35(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r36(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r37(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r38(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r39(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r40(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r41(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r42(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r43(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r44(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r45(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r46(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r47(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r48(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r49(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r50(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r51(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r52(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r53(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r54(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r55(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r56(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r57(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r58(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r59(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r60(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r61(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r62(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r63(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r64(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r65(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r66(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r67(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r68(Ljava/lang/String;)V
    invoke-static {v2}, Lorg/apkscan/sample/bounds/Relays;->r69(Ljava/lang/String;)V
    new-instance v3, Lorg/apkscan/sample/bounds/Impl0;
    invoke-direct {v3}, Lorg/apkscan/sample/bounds/Impl0;-><init>()V
    invoke-static {v3, v2}, Lorg/apkscan/sample/bounds/MainActivity;->dispatch(Lorg/apkscan/sample/bounds/Handler;Ljava/lang/String;)V
    return-void
.end method

.method static dispatch(Lorg/apkscan/sample/bounds/Handler;Ljava/lang/String;)V
    .registers 2
    invoke-interface {p0, p1}, Lorg/apkscan/sample/bounds/Handler;->handle(Ljava/lang/String;)V
    return-void
.end method
