.class public Lcom/tencent/smtt/sdk/WebView;
.super Landroid/widget/FrameLayout;
.source "SourceFile"

# A shape of Tencent X5's WebView: the engine itself is loaded at run time.

.field private a:Lcom/tencent/smtt/sdk/WebViewClient;

.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0, p1}, Landroid/widget/FrameLayout;-><init>(Landroid/content/Context;)V
    return-void
.end method

.method public setWebViewClient(Lcom/tencent/smtt/sdk/WebViewClient;)V
    .registers 2
    iput-object p1, p0, Lcom/tencent/smtt/sdk/WebView;->a:Lcom/tencent/smtt/sdk/WebViewClient;
    return-void
.end method

.method public loadUrl(Ljava/lang/String;)V
    .registers 2
    return-void
.end method
