.class public Lorg/apkscan/test/ms/Helpers;
.super Ljava/lang/Object;

# return App.mode != Mode.INCOGNITO, as a shrinker leaves it: a test of
# the ordinal against INCOGNITO's, then constants. It reads nothing else.
.method public static allowed()Z
    .registers 2
    sget-object v0, Lorg/apkscan/test/ms/App;->mode:Lorg/apkscan/test/ms/Mode;
    invoke-virtual {v0}, Lorg/apkscan/test/ms/Mode;->ordinal()I
    move-result v0
    const/4 v1, 1
    if-eq v0, v1, :no
    const/4 v0, 1
    return v0
    :no
    const/4 v0, 0
    return v0
.end method
