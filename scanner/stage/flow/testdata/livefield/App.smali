.class public Lorg/apkscan/test/lf/App;
.super Landroid/app/Activity;

# Pages given to LiveData that an observer tracks, as R8 leaves it: the
# LiveData is stored in a field and observed through the register it was
# made in; the web client sets it through the field. Open's observer
# tracks every page; Guarded's none seen in incognito mode. Reread's
# LiveData is observed as javac leaves it, read back from the field just
# stored; it tracks every page. The fourth and fifth, observed by an
# Open, are then handed to a Handed client's constructor and a Wired
# client's setter, which set them.

.field public static incognito:Z

.field public open:Landroidx/lifecycle/MutableLiveData;

.field public guarded:Landroidx/lifecycle/MutableLiveData;

.field public reread:Landroidx/lifecycle/MutableLiveData;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public static isIncognito()Z
    .registers 1
    sget-boolean v0, Lorg/apkscan/test/lf/App;->incognito:Z
    return v0
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroidx/lifecycle/MutableLiveData;
    invoke-direct {v0}, Landroidx/lifecycle/MutableLiveData;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/lf/App;->open:Landroidx/lifecycle/MutableLiveData;
    new-instance v1, Lorg/apkscan/test/lf/Open;
    invoke-direct {v1}, Lorg/apkscan/test/lf/Open;-><init>()V
    invoke-virtual {v0, v1}, Landroidx/lifecycle/LiveData;->observeForever(Landroidx/lifecycle/Observer;)V
    new-instance v0, Landroidx/lifecycle/MutableLiveData;
    invoke-direct {v0}, Landroidx/lifecycle/MutableLiveData;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/lf/App;->guarded:Landroidx/lifecycle/MutableLiveData;
    new-instance v1, Lorg/apkscan/test/lf/Guarded;
    invoke-direct {v1}, Lorg/apkscan/test/lf/Guarded;-><init>()V
    invoke-virtual {v0, v1}, Landroidx/lifecycle/LiveData;->observeForever(Landroidx/lifecycle/Observer;)V
    new-instance v0, Landroidx/lifecycle/MutableLiveData;
    invoke-direct {v0}, Landroidx/lifecycle/MutableLiveData;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/lf/App;->reread:Landroidx/lifecycle/MutableLiveData;
    iget-object v0, p0, Lorg/apkscan/test/lf/App;->reread:Landroidx/lifecycle/MutableLiveData;
    new-instance v1, Lorg/apkscan/test/lf/Reread;
    invoke-direct {v1}, Lorg/apkscan/test/lf/Reread;-><init>()V
    invoke-virtual {v0, v1}, Landroidx/lifecycle/LiveData;->observeForever(Landroidx/lifecycle/Observer;)V
    new-instance v0, Landroidx/lifecycle/MutableLiveData;
    invoke-direct {v0}, Landroidx/lifecycle/MutableLiveData;-><init>()V
    new-instance v1, Lorg/apkscan/test/lf/Open;
    invoke-direct {v1}, Lorg/apkscan/test/lf/Open;-><init>()V
    invoke-virtual {v0, v1}, Landroidx/lifecycle/LiveData;->observeForever(Landroidx/lifecycle/Observer;)V
    new-instance v1, Lorg/apkscan/test/lf/Handed;
    invoke-direct {v1, v0}, Lorg/apkscan/test/lf/Handed;-><init>(Landroidx/lifecycle/MutableLiveData;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroidx/lifecycle/MutableLiveData;
    invoke-direct {v0}, Landroidx/lifecycle/MutableLiveData;-><init>()V
    new-instance v1, Lorg/apkscan/test/lf/Open;
    invoke-direct {v1}, Lorg/apkscan/test/lf/Open;-><init>()V
    invoke-virtual {v0, v1}, Landroidx/lifecycle/LiveData;->observeForever(Landroidx/lifecycle/Observer;)V
    new-instance v1, Lorg/apkscan/test/lf/Wired;
    invoke-direct {v1}, Lorg/apkscan/test/lf/Wired;-><init>()V
    invoke-virtual {v1, v0}, Lorg/apkscan/test/lf/Wired;->setLive(Landroidx/lifecycle/MutableLiveData;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/lf/Client;
    invoke-direct {v1, p0}, Lorg/apkscan/test/lf/Client;-><init>(Lorg/apkscan/test/lf/App;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
