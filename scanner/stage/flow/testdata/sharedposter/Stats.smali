.class public final Lorg/apkscan/test/sp/Stats;
.super Ljava/lang/Object;

# The stats helpers: nothing in incognito mode; else what they are given
# goes to the shared helpers.

.method public static post(Ljava/lang/Runnable;)V
    .registers 2
    sget-boolean v0, Lorg/apkscan/test/sp/App;->incognito:Z
    if-eqz v0, :track
    return-void
    :track
    invoke-static {p0}, Lorg/apkscan/test/sp/Posts;->always(Ljava/lang/Runnable;)V
    return-void
.end method

.method public static now(Ljava/lang/Runnable;)V
    .registers 2
    sget-boolean v0, Lorg/apkscan/test/sp/App;->incognito:Z
    if-nez v0, :skip
    invoke-static {p0}, Lorg/apkscan/test/sp/Posts;->runNow(Ljava/lang/Runnable;)V
    :skip
    return-void
.end method
