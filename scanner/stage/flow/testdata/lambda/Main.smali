.class public Lorg/example/lambda/Main;
.super Ljava/lang/Object;
.source "Main.java"

# Lambdas kept as invoke-custom (dex 038; smali --api 26), as d8 may leave
# them. Each captures an identifier and logs it in its body:
#   the device id: a Runnable, invoke-custom (the body is followed);
#   the IMEI: a Runnable, invoke-custom/range (followed);
#   the IMSI: a Consumer, whose body also takes the accepted value, which
#   the call site does not show (not followed).

.method static constructor <clinit>()V
    .registers 3
    const/4 v0, 0x0
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    invoke-custom {v1}, call_site_0("run", (Ljava/lang/String;)Ljava/lang/Runnable;, ()V, invoke-static@Lorg/example/lambda/Main;->lambda$clinit$0(Ljava/lang/String;)V, ()V)@Ljava/lang/invoke/LambdaMetafactory;->metafactory(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;
    move-result-object v2
    invoke-interface {v2}, Ljava/lang/Runnable;->run()V

    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getImei()Ljava/lang/String;
    move-result-object v1
    invoke-custom/range {v1 .. v1}, call_site_1("run", (Ljava/lang/String;)Ljava/lang/Runnable;, ()V, invoke-static@Lorg/example/lambda/Main;->lambda$clinit$1(Ljava/lang/String;)V, ()V)@Ljava/lang/invoke/LambdaMetafactory;->metafactory(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;
    move-result-object v2
    invoke-interface {v2}, Ljava/lang/Runnable;->run()V

    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getSubscriberId()Ljava/lang/String;
    move-result-object v1
    invoke-custom {v1}, call_site_2("accept", (Ljava/lang/String;)Ljava/util/function/Consumer;, (Ljava/lang/Object;)V, invoke-static@Lorg/example/lambda/Main;->lambda$clinit$2(Ljava/lang/String;Ljava/lang/String;)V, (Ljava/lang/String;)V)@Ljava/lang/invoke/LambdaMetafactory;->metafactory(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;
    move-result-object v2
    const-string v1, "x"
    invoke-interface {v2, v1}, Ljava/util/function/Consumer;->accept(Ljava/lang/Object;)V
    return-void
.end method

.method private static synthetic lambda$clinit$0(Ljava/lang/String;)V
    .registers 2
    const-string v0, "device"
    invoke-static {v0, p0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method private static synthetic lambda$clinit$1(Ljava/lang/String;)V
    .registers 2
    const-string v0, "imei"
    invoke-static {v0, p0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method private static synthetic lambda$clinit$2(Ljava/lang/String;Ljava/lang/String;)V
    .registers 3
    const-string v0, "imsi"
    invoke-static {v0, p0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
