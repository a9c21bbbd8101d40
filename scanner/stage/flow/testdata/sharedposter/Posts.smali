.class public final Lorg/apkscan/test/sp/Posts;
.super Ljava/lang/Object;

# The shared helpers: one posts what it is given to the main thread,
# one runs it at once.

.method public static always(Ljava/lang/Runnable;)V
    .registers 3
    new-instance v0, Landroid/os/Handler;
    invoke-static {}, Landroid/os/Looper;->getMainLooper()Landroid/os/Looper;
    move-result-object v1
    invoke-direct {v0, v1}, Landroid/os/Handler;-><init>(Landroid/os/Looper;)V
    invoke-virtual {v0, p0}, Landroid/os/Handler;->post(Ljava/lang/Runnable;)Z
    return-void
.end method

.method public static runNow(Ljava/lang/Runnable;)V
    .registers 1
    invoke-interface {p0}, Ljava/lang/Runnable;->run()V
    return-void
.end method
