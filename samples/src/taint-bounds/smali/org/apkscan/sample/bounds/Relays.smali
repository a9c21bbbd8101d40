.class public final Lorg/apkscan/sample/bounds/Relays;
.super Ljava/lang/Object;
.source "Relays.java"

# r0 .. r69 each send their argument through Sink.send.

.method static r0(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r1(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r2(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r3(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r4(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r5(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r6(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r7(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r8(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r9(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r10(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r11(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r12(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r13(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r14(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r15(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r16(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r17(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r18(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r19(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r20(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r21(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r22(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r23(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r24(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r25(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r26(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r27(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r28(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r29(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r30(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r31(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r32(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r33(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r34(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r35(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r36(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r37(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r38(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r39(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r40(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r41(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r42(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r43(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r44(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r45(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r46(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r47(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r48(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r49(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r50(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r51(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r52(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r53(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r54(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r55(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r56(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r57(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r58(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r59(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r60(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r61(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r62(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r63(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r64(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r65(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r66(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r67(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r68(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method

.method static r69(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method
