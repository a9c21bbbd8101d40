.class public final Lorg/apkscan/test/ho/Posts;
.super Ljava/lang/Object;

# Helpers that post what they are given to the main thread: one only
# outside incognito mode, one always.

.method public static unlessIncognito(Ljava/lang/Runnable;)V
    .registers 3
    sget-boolean v0, Lorg/apkscan/test/ho/App;->incognito:Z
    if-eqz v0, :post
    return-void
    :post
    new-instance v0, Landroid/os/Handler;
    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;
    move-result-object v1
    invoke-direct {v0, v1}, Landroid/os/Handler;-><init>(Landroid/os/Looper;)V
    invoke-virtual {v0, p0}, Landroid/os/Handler;->post(Ljava/lang/Runnable;)Z
    return-void
.end method

.method public static always(Ljava/lang/Runnable;)V
    .registers 3
    new-instance v0, Landroid/os/Handler;
    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;
    move-result-object v1
    invoke-direct {v0, v1}, Landroid/os/Handler;-><init>(Landroid/os/Looper;)V
    invoke-virtual {v0, p0}, Landroid/os/Handler;->post(Ljava/lang/Runnable;)Z
    return-void
.end method
