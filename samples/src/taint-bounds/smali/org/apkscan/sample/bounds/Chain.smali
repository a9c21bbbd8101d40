.class public final Lorg/apkscan/sample/bounds/Chain;
.super Ljava/lang/Object;
.source "Chain.java"

# c0 .. c119 pass their argument down; the last one sends it.

.method static c0(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c1(Ljava/lang/String;)V
    return-void
.end method

.method static c1(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c2(Ljava/lang/String;)V
    return-void
.end method

.method static c2(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c3(Ljava/lang/String;)V
    return-void
.end method

.method static c3(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c4(Ljava/lang/String;)V
    return-void
.end method

.method static c4(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c5(Ljava/lang/String;)V
    return-void
.end method

.method static c5(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c6(Ljava/lang/String;)V
    return-void
.end method

.method static c6(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c7(Ljava/lang/String;)V
    return-void
.end method

.method static c7(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c8(Ljava/lang/String;)V
    return-void
.end method

.method static c8(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c9(Ljava/lang/String;)V
    return-void
.end method

.method static c9(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c10(Ljava/lang/String;)V
    return-void
.end method

.method static c10(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c11(Ljava/lang/String;)V
    return-void
.end method

.method static c11(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c12(Ljava/lang/String;)V
    return-void
.end method

.method static c12(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c13(Ljava/lang/String;)V
    return-void
.end method

.method static c13(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c14(Ljava/lang/String;)V
    return-void
.end method

.method static c14(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c15(Ljava/lang/String;)V
    return-void
.end method

.method static c15(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c16(Ljava/lang/String;)V
    return-void
.end method

.method static c16(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c17(Ljava/lang/String;)V
    return-void
.end method

.method static c17(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c18(Ljava/lang/String;)V
    return-void
.end method

.method static c18(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c19(Ljava/lang/String;)V
    return-void
.end method

.method static c19(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c20(Ljava/lang/String;)V
    return-void
.end method

.method static c20(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c21(Ljava/lang/String;)V
    return-void
.end method

.method static c21(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c22(Ljava/lang/String;)V
    return-void
.end method

.method static c22(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c23(Ljava/lang/String;)V
    return-void
.end method

.method static c23(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c24(Ljava/lang/String;)V
    return-void
.end method

.method static c24(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c25(Ljava/lang/String;)V
    return-void
.end method

.method static c25(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c26(Ljava/lang/String;)V
    return-void
.end method

.method static c26(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c27(Ljava/lang/String;)V
    return-void
.end method

.method static c27(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c28(Ljava/lang/String;)V
    return-void
.end method

.method static c28(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c29(Ljava/lang/String;)V
    return-void
.end method

.method static c29(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c30(Ljava/lang/String;)V
    return-void
.end method

.method static c30(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c31(Ljava/lang/String;)V
    return-void
.end method

.method static c31(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c32(Ljava/lang/String;)V
    return-void
.end method

.method static c32(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c33(Ljava/lang/String;)V
    return-void
.end method

.method static c33(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c34(Ljava/lang/String;)V
    return-void
.end method

.method static c34(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c35(Ljava/lang/String;)V
    return-void
.end method

.method static c35(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c36(Ljava/lang/String;)V
    return-void
.end method

.method static c36(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c37(Ljava/lang/String;)V
    return-void
.end method

.method static c37(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c38(Ljava/lang/String;)V
    return-void
.end method

.method static c38(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c39(Ljava/lang/String;)V
    return-void
.end method

.method static c39(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c40(Ljava/lang/String;)V
    return-void
.end method

.method static c40(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c41(Ljava/lang/String;)V
    return-void
.end method

.method static c41(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c42(Ljava/lang/String;)V
    return-void
.end method

.method static c42(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c43(Ljava/lang/String;)V
    return-void
.end method

.method static c43(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c44(Ljava/lang/String;)V
    return-void
.end method

.method static c44(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c45(Ljava/lang/String;)V
    return-void
.end method

.method static c45(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c46(Ljava/lang/String;)V
    return-void
.end method

.method static c46(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c47(Ljava/lang/String;)V
    return-void
.end method

.method static c47(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c48(Ljava/lang/String;)V
    return-void
.end method

.method static c48(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c49(Ljava/lang/String;)V
    return-void
.end method

.method static c49(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c50(Ljava/lang/String;)V
    return-void
.end method

.method static c50(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c51(Ljava/lang/String;)V
    return-void
.end method

.method static c51(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c52(Ljava/lang/String;)V
    return-void
.end method

.method static c52(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c53(Ljava/lang/String;)V
    return-void
.end method

.method static c53(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c54(Ljava/lang/String;)V
    return-void
.end method

.method static c54(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c55(Ljava/lang/String;)V
    return-void
.end method

.method static c55(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c56(Ljava/lang/String;)V
    return-void
.end method

.method static c56(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c57(Ljava/lang/String;)V
    return-void
.end method

.method static c57(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c58(Ljava/lang/String;)V
    return-void
.end method

.method static c58(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c59(Ljava/lang/String;)V
    return-void
.end method

.method static c59(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c60(Ljava/lang/String;)V
    return-void
.end method

.method static c60(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c61(Ljava/lang/String;)V
    return-void
.end method

.method static c61(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c62(Ljava/lang/String;)V
    return-void
.end method

.method static c62(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c63(Ljava/lang/String;)V
    return-void
.end method

.method static c63(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c64(Ljava/lang/String;)V
    return-void
.end method

.method static c64(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c65(Ljava/lang/String;)V
    return-void
.end method

.method static c65(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c66(Ljava/lang/String;)V
    return-void
.end method

.method static c66(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c67(Ljava/lang/String;)V
    return-void
.end method

.method static c67(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c68(Ljava/lang/String;)V
    return-void
.end method

.method static c68(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c69(Ljava/lang/String;)V
    return-void
.end method

.method static c69(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c70(Ljava/lang/String;)V
    return-void
.end method

.method static c70(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c71(Ljava/lang/String;)V
    return-void
.end method

.method static c71(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c72(Ljava/lang/String;)V
    return-void
.end method

.method static c72(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c73(Ljava/lang/String;)V
    return-void
.end method

.method static c73(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c74(Ljava/lang/String;)V
    return-void
.end method

.method static c74(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c75(Ljava/lang/String;)V
    return-void
.end method

.method static c75(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c76(Ljava/lang/String;)V
    return-void
.end method

.method static c76(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c77(Ljava/lang/String;)V
    return-void
.end method

.method static c77(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c78(Ljava/lang/String;)V
    return-void
.end method

.method static c78(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c79(Ljava/lang/String;)V
    return-void
.end method

.method static c79(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c80(Ljava/lang/String;)V
    return-void
.end method

.method static c80(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c81(Ljava/lang/String;)V
    return-void
.end method

.method static c81(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c82(Ljava/lang/String;)V
    return-void
.end method

.method static c82(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c83(Ljava/lang/String;)V
    return-void
.end method

.method static c83(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c84(Ljava/lang/String;)V
    return-void
.end method

.method static c84(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c85(Ljava/lang/String;)V
    return-void
.end method

.method static c85(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c86(Ljava/lang/String;)V
    return-void
.end method

.method static c86(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c87(Ljava/lang/String;)V
    return-void
.end method

.method static c87(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c88(Ljava/lang/String;)V
    return-void
.end method

.method static c88(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c89(Ljava/lang/String;)V
    return-void
.end method

.method static c89(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c90(Ljava/lang/String;)V
    return-void
.end method

.method static c90(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c91(Ljava/lang/String;)V
    return-void
.end method

.method static c91(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c92(Ljava/lang/String;)V
    return-void
.end method

.method static c92(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c93(Ljava/lang/String;)V
    return-void
.end method

.method static c93(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c94(Ljava/lang/String;)V
    return-void
.end method

.method static c94(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c95(Ljava/lang/String;)V
    return-void
.end method

.method static c95(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c96(Ljava/lang/String;)V
    return-void
.end method

.method static c96(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c97(Ljava/lang/String;)V
    return-void
.end method

.method static c97(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c98(Ljava/lang/String;)V
    return-void
.end method

.method static c98(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c99(Ljava/lang/String;)V
    return-void
.end method

.method static c99(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c100(Ljava/lang/String;)V
    return-void
.end method

.method static c100(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c101(Ljava/lang/String;)V
    return-void
.end method

.method static c101(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c102(Ljava/lang/String;)V
    return-void
.end method

.method static c102(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c103(Ljava/lang/String;)V
    return-void
.end method

.method static c103(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c104(Ljava/lang/String;)V
    return-void
.end method

.method static c104(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c105(Ljava/lang/String;)V
    return-void
.end method

.method static c105(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c106(Ljava/lang/String;)V
    return-void
.end method

.method static c106(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c107(Ljava/lang/String;)V
    return-void
.end method

.method static c107(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c108(Ljava/lang/String;)V
    return-void
.end method

.method static c108(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c109(Ljava/lang/String;)V
    return-void
.end method

.method static c109(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c110(Ljava/lang/String;)V
    return-void
.end method

.method static c110(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c111(Ljava/lang/String;)V
    return-void
.end method

.method static c111(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c112(Ljava/lang/String;)V
    return-void
.end method

.method static c112(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c113(Ljava/lang/String;)V
    return-void
.end method

.method static c113(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c114(Ljava/lang/String;)V
    return-void
.end method

.method static c114(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c115(Ljava/lang/String;)V
    return-void
.end method

.method static c115(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c116(Ljava/lang/String;)V
    return-void
.end method

.method static c116(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c117(Ljava/lang/String;)V
    return-void
.end method

.method static c117(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c118(Ljava/lang/String;)V
    return-void
.end method

.method static c118(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Chain;->c119(Ljava/lang/String;)V
    return-void
.end method

.method static c119(Ljava/lang/String;)V
    .registers 1
    invoke-static {p0}, Lorg/apkscan/sample/bounds/Sink;->send(Ljava/lang/String;)V
    return-void
.end method
