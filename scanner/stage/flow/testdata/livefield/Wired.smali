.class public Lorg/apkscan/test/lf/Wired;
.super Landroid/webkit/WebViewClient;

# Gives every page to the LiveData it is given.

.field private live:Landroidx/lifecycle/MutableLiveData;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public setLive(Landroidx/lifecycle/MutableLiveData;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/lf/Wired;->live:Landroidx/lifecycle/MutableLiveData;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/lf/Wired;->live:Landroidx/lifecycle/MutableLiveData;
    invoke-virtual {v0, p2}, Landroidx/lifecycle/MutableLiveData;->setValue(Ljava/lang/Object;)V
    return-void
.end method
