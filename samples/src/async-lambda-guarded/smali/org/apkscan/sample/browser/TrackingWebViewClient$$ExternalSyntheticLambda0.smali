.class public final synthetic Lorg/apkscan/sample/browser/TrackingWebViewClient$$ExternalSyntheticLambda0;
.super Ljava/lang/Object;
.source "D8$$SyntheticClass"

# What d8 makes of () -> track(url): a Runnable whose constructor captures
# the URL in f$0 and whose run() calls the lambda's body.

.implements Ljava/lang/Runnable;

.field public final synthetic f$0:Ljava/lang/String;

.method public synthetic constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/sample/browser/TrackingWebViewClient$$ExternalSyntheticLambda0;->f$0:Ljava/lang/String;
    return-void
.end method

.method public final run()V
    .registers 2
    iget-object v0, p0, Lorg/apkscan/sample/browser/TrackingWebViewClient$$ExternalSyntheticLambda0;->f$0:Ljava/lang/String;
    invoke-static {v0}, Lorg/apkscan/sample/browser/TrackingWebViewClient;->lambda$onPageFinished$0(Ljava/lang/String;)V
    return-void
.end method
