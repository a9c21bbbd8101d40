.class final Lorg/apkscan/sample/browser/TrackingWebViewClient$onPageFinished$1;
.super Lkotlin/coroutines/jvm/internal/SuspendLambda;
.source "TrackingWebViewClient.kt"

# What kotlinc makes of launch { track(url) }: a SuspendLambda capturing
# the URL in $url, its body in invokeSuspend.

.implements Lkotlin/jvm/functions/Function2;

.field final synthetic $url:Ljava/lang/String;

.method constructor <init>(Ljava/lang/String;Lkotlin/coroutines/Continuation;)V
    .registers 4
    iput-object p1, p0, Lorg/apkscan/sample/browser/TrackingWebViewClient$onPageFinished$1;->$url:Ljava/lang/String;
    const/4 v0, 0x2
    invoke-direct {p0, v0, p2}, Lkotlin/coroutines/jvm/internal/SuspendLambda;-><init>(ILkotlin/coroutines/Continuation;)V
    return-void
.end method

.method public final invokeSuspend(Ljava/lang/Object;)Ljava/lang/Object;
    .registers 3
    iget-object v0, p0, Lorg/apkscan/sample/browser/TrackingWebViewClient$onPageFinished$1;->$url:Ljava/lang/String;
    invoke-static {v0}, Lorg/apkscan/sample/browser/PageTracker;->track(Ljava/lang/String;)V
    sget-object v0, Lkotlin/Unit;->INSTANCE:Lkotlin/Unit;
    return-object v0
.end method
