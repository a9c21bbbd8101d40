.class public Lorg/apkscan/test/vf/Main;
.super Landroid/app/Activity;

# Gets its view model from a provider made with a factory given the
# mode its intent asks for, and hands it to two web clients: Guarded's
# pages go to the model's guarded(), Open's to open().

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Landroid/app/Activity;->getIntent()Landroid/content/Intent;
    move-result-object v0
    const-string v1, "incognito"
    const/4 v2, 0x0
    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->getBooleanExtra(Ljava/lang/String;Z)Z
    move-result v0
    new-instance v1, Lorg/apkscan/test/vf/Factory;
    invoke-direct {v1, v0}, Lorg/apkscan/test/vf/Factory;-><init>(Z)V
    new-instance v0, Landroidx/lifecycle/ViewModelProvider;
    invoke-direct {v0, p0, v1}, Landroidx/lifecycle/ViewModelProvider;-><init>(Landroidx/lifecycle/ViewModelStoreOwner;Landroidx/lifecycle/ViewModelProvider$Factory;)V
    const-class v1, Lorg/apkscan/test/vf/Model;
    invoke-virtual {v0, v1}, Landroidx/lifecycle/ViewModelProvider;->get(Ljava/lang/Class;)Landroidx/lifecycle/ViewModel;
    move-result-object v0
    check-cast v0, Lorg/apkscan/test/vf/Model;
    new-instance v2, Landroid/webkit/WebView;
    invoke-direct {v2, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v3, Lorg/apkscan/test/vf/Guarded;
    invoke-direct {v3, v0}, Lorg/apkscan/test/vf/Guarded;-><init>(Lorg/apkscan/test/vf/Model;)V
    invoke-virtual {v2, v3}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v2, Landroid/webkit/WebView;
    invoke-direct {v2, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v3, Lorg/apkscan/test/vf/Open;
    invoke-direct {v3, v0}, Lorg/apkscan/test/vf/Open;-><init>(Lorg/apkscan/test/vf/Model;)V
    invoke-virtual {v2, v3}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
