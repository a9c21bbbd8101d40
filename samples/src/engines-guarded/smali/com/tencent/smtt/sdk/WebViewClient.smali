.class public Lcom/tencent/smtt/sdk/WebViewClient;
.super Ljava/lang/Object;
.source "SourceFile"

# A shape of Tencent X5's WebViewClient: the engine calls these.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onPageFinished(Lcom/tencent/smtt/sdk/WebView;Ljava/lang/String;)V
    .registers 3
    return-void
.end method
