.class final Lo/c;
.super Lkotlin/coroutines/jvm/internal/h;
.implements Lkotlin/jvm/b/p;

# What kotlinc makes of launch { track(url); track(view.url) }, renamed:
# the URL captured in a, the body in h(Object) (invokeSuspend), create in
# e. The body also reads the page the shared WebView shows itself.

.field final synthetic a:Ljava/lang/String;
.field b:I

.method constructor <init>(Ljava/lang/String;Lkotlin/coroutines/d;)V
    .registers 4
    iput-object p1, p0, Lo/c;->a:Ljava/lang/String;
    const/4 v0, 0x2
    invoke-direct {p0, v0, p2}, Lkotlin/coroutines/jvm/internal/h;-><init>(ILkotlin/coroutines/d;)V
    return-void
.end method

.method public final e(Ljava/lang/Object;Lkotlin/coroutines/d;)Lkotlin/coroutines/d;
    .registers 5
    new-instance v0, Lo/c;
    iget-object v1, p0, Lo/c;->a:Ljava/lang/String;
    invoke-direct {v0, v1, p2}, Lo/c;-><init>(Ljava/lang/String;Lkotlin/coroutines/d;)V
    return-object v0
.end method

.method public final h(Ljava/lang/Object;)Ljava/lang/Object;
    .registers 5
    iget v0, p0, Lo/c;->b:I
    if-nez v0, :resumed
    iget-object v0, p0, Lo/c;->a:Ljava/lang/String;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    invoke-virtual {v1, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen(Ljava/lang/String;)V
    sget-object v0, Lo/a;->e:Landroid/webkit/WebView;
    invoke-virtual {v0}, Landroid/webkit/WebView;->getUrl()Ljava/lang/String;
    move-result-object v0
    const/4 v1, 0x0
    const-string v2, "shown"
    invoke-static {v1, v2, v0}, Lcom/umeng/analytics/MobclickAgent;->onEventValue(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    sget-object v0, Lkotlin/t;->a:Lkotlin/t;
    return-object v0
    :resumed
    new-instance v0, Ljava/lang/IllegalStateException;
    const-string v1, "call to 'resume' before 'invoke' with coroutine"
    invoke-direct {v0, v1}, Ljava/lang/IllegalStateException;-><init>(Ljava/lang/String;)V
    throw v0
.end method
