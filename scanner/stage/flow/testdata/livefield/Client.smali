.class public Lorg/apkscan/test/lf/Client;
.super Landroid/webkit/WebViewClient;

# Gives every page to the LiveData, through the activity's fields.

.field private final app:Lorg/apkscan/test/lf/App;

.method public constructor <init>(Lorg/apkscan/test/lf/App;)V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/lf/Client;->app:Lorg/apkscan/test/lf/App;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 5
    iget-object v0, p0, Lorg/apkscan/test/lf/Client;->app:Lorg/apkscan/test/lf/App;
    iget-object v1, v0, Lorg/apkscan/test/lf/App;->open:Landroidx/lifecycle/MutableLiveData;
    invoke-virtual {v1, p2}, Landroidx/lifecycle/MutableLiveData;->setValue(Ljava/lang/Object;)V
    iget-object v1, v0, Lorg/apkscan/test/lf/App;->guarded:Landroidx/lifecycle/MutableLiveData;
    invoke-virtual {v1, p2}, Landroidx/lifecycle/MutableLiveData;->setValue(Ljava/lang/Object;)V
    iget-object v1, v0, Lorg/apkscan/test/lf/App;->reread:Landroidx/lifecycle/MutableLiveData;
    invoke-virtual {v1, p2}, Landroidx/lifecycle/MutableLiveData;->postValue(Ljava/lang/Object;)V
    return-void
.end method
