.class public Lorg/apkscan/test/pw/Prefs;
.super Ljava/lang/Object;

# The app's preference helpers: the key is a parameter (getBool's register
# then holds the result, as R8 reuses it).

.method public static getBool(Landroid/content/Context;Ljava/lang/String;Z)Z
    .registers 5
    const-string v0, "settings"
    const/4 v1, 0
    invoke-virtual {p0, v0, v1}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;
    move-result-object v0
    invoke-interface {v0, p1, p2}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z
    move-result p1
    return p1
.end method
