.class public Lo/a;
.super Landroid/webkit/WebViewClient;

# A Kotlin browser R8 shrank, kotlinx.coroutines and the Kotlin runtime
# with it: launch is kotlinx/coroutines/e.a, SuspendLambda is
# kotlin/coroutines/jvm/internal/h, invokeSuspend is h(Object). Each page
# is tracked in two coroutines: b (MiStat and Umeng) only outside
# incognito mode, c (Sensors and Umeng) always.

.field static d:Z
.field static e:Landroid/webkit/WebView;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public static isIncognito()Z
    .registers 1
    sget-boolean v0, Lo/a;->d:Z
    return v0
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 9
    invoke-static {}, Lo/a;->isIncognito()Z
    move-result v0
    if-nez v0, :always
    new-instance v3, Lo/b;
    const/4 v1, 0x0
    invoke-direct {v3, p2, v1}, Lo/b;-><init>(Ljava/lang/String;Lkotlin/coroutines/d;)V
    sget-object v0, Lkotlinx/coroutines/b;->a:Lkotlinx/coroutines/b;
    const/4 v2, 0x0
    const/4 v4, 0x3
    const/4 v5, 0x0
    invoke-static/range {v0 .. v5}, Lkotlinx/coroutines/e;->a(Lkotlinx/coroutines/b;Ljava/lang/Object;Ljava/lang/Object;Lkotlin/jvm/b/p;ILjava/lang/Object;)Ljava/lang/Object;
    :always
    new-instance v3, Lo/c;
    const/4 v1, 0x0
    invoke-direct {v3, p2, v1}, Lo/c;-><init>(Ljava/lang/String;Lkotlin/coroutines/d;)V
    sget-object v0, Lkotlinx/coroutines/b;->a:Lkotlinx/coroutines/b;
    const/4 v2, 0x0
    const/4 v4, 0x3
    const/4 v5, 0x0
    invoke-static/range {v0 .. v5}, Lkotlinx/coroutines/e;->a(Lkotlinx/coroutines/b;Ljava/lang/Object;Ljava/lang/Object;Lkotlin/jvm/b/p;ILjava/lang/Object;)Ljava/lang/Object;
    return-void
.end method
