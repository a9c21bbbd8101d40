.class final Lorg/apkscan/sample/search/SearchListener;
.super Ljava/lang/Object;
.source "SearchListener.java"

# onQueryTextSubmit hands the query to StatsUploader on a background
# executor. It first checks SearchActivity.isIncognito().
# onQueryTextChange shows the app knows about incognito: it logs
# suggestions only outside incognito mode.

.implements Landroid/widget/SearchView$OnQueryTextListener;

.field private final context:Landroid/content/Context;

.method constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/sample/search/SearchListener;->context:Landroid/content/Context;
    return-void
.end method

.method public onQueryTextChange(Ljava/lang/String;)Z
    .registers 3
    invoke-static {}, Lorg/apkscan/sample/search/SearchActivity;->isIncognito()Z
    move-result v0
    if-nez v0, :done
    const-string v0, "suggest"
    invoke-static {v0, p1}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    :done
    const/4 v0, 0x0
    return v0
.end method

.method public onQueryTextSubmit(Ljava/lang/String;)Z
    .registers 5
    invoke-static {}, Lorg/apkscan/sample/search/SearchActivity;->isIncognito()Z
    move-result v0
    if-nez v0, :skip
    invoke-static {}, Ljava/util/concurrent/Executors;->newSingleThreadExecutor()Ljava/util/concurrent/ExecutorService;
    move-result-object v0
    new-instance v1, Lorg/apkscan/sample/search/StatsUploader;
    iget-object v2, p0, Lorg/apkscan/sample/search/SearchListener;->context:Landroid/content/Context;
    invoke-direct {v1, v2, p1}, Lorg/apkscan/sample/search/StatsUploader;-><init>(Landroid/content/Context;Ljava/lang/String;)V
    invoke-interface {v0, v1}, Ljava/util/concurrent/ExecutorService;->execute(Ljava/lang/Runnable;)V
    :skip
    const/4 v0, 0x0
    return v0
.end method
