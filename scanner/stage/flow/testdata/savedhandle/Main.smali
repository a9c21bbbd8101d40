.class public Lorg/apkscan/test/svh/Main;
.super Landroid/app/Activity;

# Hands its view model to two web clients: Guarded's pages go to the
# model's guarded(), Open's to open().

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroidx/lifecycle/SavedStateHandle;
    invoke-direct {v0}, Landroidx/lifecycle/SavedStateHandle;-><init>()V
    new-instance v1, Lorg/apkscan/test/svh/Model;
    invoke-direct {v1, v0}, Lorg/apkscan/test/svh/Model;-><init>(Landroidx/lifecycle/SavedStateHandle;)V
    new-instance v2, Landroid/webkit/WebView;
    invoke-direct {v2, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v3, Lorg/apkscan/test/svh/Guarded;
    invoke-direct {v3, v1}, Lorg/apkscan/test/svh/Guarded;-><init>(Lorg/apkscan/test/svh/Model;)V
    invoke-virtual {v2, v3}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v2, Landroid/webkit/WebView;
    invoke-direct {v2, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v3, Lorg/apkscan/test/svh/Open;
    invoke-direct {v3, v1}, Lorg/apkscan/test/svh/Open;-><init>(Lorg/apkscan/test/svh/Model;)V
    invoke-virtual {v2, v3}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
