.class public Lorg/apkscan/test/queue/Prefs;
.super Ljava/lang/Object;

.field public static incognito:Z

.method public static isIncognito()Z
    .registers 1
    sget-boolean v0, Lorg/apkscan/test/queue/Prefs;->incognito:Z
    return v0
.end method
