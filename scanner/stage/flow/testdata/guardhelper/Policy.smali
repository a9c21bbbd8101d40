.class public Lorg/apkscan/test/gh/Policy;
.super Ljava/lang/Object;

# Helpers that decide from the incognito flag, as javac compiles them:
# branches to constant returns.

# return !App.incognito && App.consent;
.method public static canTrack()Z
    .registers 1
    sget-boolean v0, Lorg/apkscan/test/gh/App;->incognito:Z
    if-nez v0, :no
    sget-boolean v0, Lorg/apkscan/test/gh/App;->consent:Z
    if-eqz v0, :no
    const/4 v0, 1
    return v0
    :no
    const/4 v0, 0
    return v0
.end method

# return App.incognito || App.guest;
.method public static restricted()Z
    .registers 1
    sget-boolean v0, Lorg/apkscan/test/gh/App;->incognito:Z
    if-nez v0, :yes
    sget-boolean v0, Lorg/apkscan/test/gh/App;->guest:Z
    if-nez v0, :yes
    const/4 v0, 0
    return v0
    :yes
    const/4 v0, 1
    return v0
.end method

# Logs the incognito flag, then answers the consent alone.
.method public static consented()Z
    .registers 2
    sget-boolean v0, Lorg/apkscan/test/gh/App;->incognito:Z
    if-eqz v0, :ask
    const-string v0, "policy"
    const-string v1, "incognito"
    invoke-static {v0, v1}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    :ask
    sget-boolean v0, Lorg/apkscan/test/gh/App;->consent:Z
    return v0
.end method

# return !App.incognito; as R8 shares the return after the branch.
.method public static allowed()Z
    .registers 1
    sget-boolean v0, Lorg/apkscan/test/gh/App;->incognito:Z
    if-nez v0, :no
    const/4 v0, 1
    :ret
    return v0
    :no
    const/4 v0, 0
    goto :ret
.end method
