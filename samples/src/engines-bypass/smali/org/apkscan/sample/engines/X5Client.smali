.class public final Lorg/apkscan/sample/engines/X5Client;
.super Lcom/tencent/smtt/sdk/WebViewClient;
.source "X5Client.java"

# The X5 engine calls onPageFinished; it tracks the URL BUG ON PURPOSE: also in incognito mode.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lcom/tencent/smtt/sdk/WebViewClient;-><init>()V
    return-void
.end method

.method public onPageFinished(Lcom/tencent/smtt/sdk/WebView;Ljava/lang/String;)V
    .registers 4
    invoke-static {p2}, Lorg/apkscan/sample/browser/PageTracker;->track(Ljava/lang/String;)V
    return-void
.end method
