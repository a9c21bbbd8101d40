.class public Lorg/apkscan/test/wc/Prefs;
.super Ljava/lang/Object;

# Two preference helpers that call each other with the key: c reads the
# boolean under it, d asks c.

.method public static c(Landroid/content/SharedPreferences;Ljava/lang/String;I)Z
    .registers 5
    if-lez p2, :read
    add-int/lit8 v0, p2, -0x1
    invoke-static {p0, p1, v0}, Lorg/apkscan/test/wc/Prefs;->d(Landroid/content/SharedPreferences;Ljava/lang/String;I)Z
    :read
    const/4 v0, 0x0
    invoke-interface {p0, p1, v0}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z
    move-result v0
    return v0
.end method

.method public static d(Landroid/content/SharedPreferences;Ljava/lang/String;I)Z
    .registers 4
    invoke-static {p0, p1, p2}, Lorg/apkscan/test/wc/Prefs;->c(Landroid/content/SharedPreferences;Ljava/lang/String;I)Z
    move-result v0
    return v0
.end method
