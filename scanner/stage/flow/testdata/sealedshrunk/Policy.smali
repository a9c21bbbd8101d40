.class public Lorg/apkscan/test/ss/Policy;
.super Ljava/lang/Object;

# Helpers with no data of their own: their only reads are of the mode.

# return mode is Mode.Private
.method public static quiet()Z
    .registers 2
    sget-object v0, Lorg/apkscan/test/ss/App;->mode:Lorg/apkscan/test/ss/a;
    instance-of v0, v0, Lorg/apkscan/test/ss/b;
    return v0
.end method

# return mode == Mode.Private (Kotlin's Intrinsics.areEqual)
.method public static same()Z
    .registers 2
    sget-object v0, Lorg/apkscan/test/ss/App;->mode:Lorg/apkscan/test/ss/a;
    sget-object v1, Lorg/apkscan/test/ss/b;->INSTANCE:Lorg/apkscan/test/ss/b;
    invoke-static {v0, v1}, Lkotlin/jvm/internal/Intrinsics;->areEqual(Ljava/lang/Object;Ljava/lang/Object;)Z
    move-result v0
    return v0
.end method

# return Prefs.get(context, "incognito_on") through the app's helper
.method public static pref(Landroid/content/Context;)Z
    .registers 2
    const-string v0, "incognito_on"
    invoke-static {p0, v0}, Lorg/apkscan/test/ss/Policy;->get(Landroid/content/Context;Ljava/lang/String;)Z
    move-result v0
    return v0
.end method

.method public static get(Landroid/content/Context;Ljava/lang/String;)Z
    .registers 4
    const-string v0, "settings"
    const/4 v1, 0
    invoke-virtual {p0, v0, v1}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;
    move-result-object v0
    invoke-interface {v0, p1, v1}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z
    move-result v0
    return v0
.end method
