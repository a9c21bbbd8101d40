.class public Lorg/apkscan/test/lk/App;
.super Landroid/app/Application;

# A browser that keeps its incognito tabs' WebViews in a set: Guarded
# skips tracking when the page's WebView is in incognitoTabs (the
# incognito state); Open asks the set of all tabs, which says nothing of
# the mode, and tracks in incognito mode too.

.field static incognitoTabs:Ljava/util/Set;
.field static tabs:Ljava/util/Set;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    new-instance v0, Ljava/util/HashSet;
    invoke-direct {v0}, Ljava/util/HashSet;-><init>()V
    sput-object v0, Lorg/apkscan/test/lk/App;->incognitoTabs:Ljava/util/Set;
    new-instance v0, Ljava/util/HashSet;
    invoke-direct {v0}, Ljava/util/HashSet;-><init>()V
    sput-object v0, Lorg/apkscan/test/lk/App;->tabs:Ljava/util/Set;
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/lk/Guarded;
    invoke-direct {v1}, Lorg/apkscan/test/lk/Guarded;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/lk/Open;
    invoke-direct {v1}, Lorg/apkscan/test/lk/Open;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
