.class public Lorg/apkscan/test/pw/Settings;
.super Ljava/lang/Object;

# A settings object over the helper: isOn(key) is Prefs.getBool(context, key, false).

.field private final context:Landroid/content/Context;

.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/pw/Settings;->context:Landroid/content/Context;
    return-void
.end method

.method public isOn(Ljava/lang/String;)Z
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/pw/Settings;->context:Landroid/content/Context;
    const/4 v1, 0
    invoke-static {v0, p1, v1}, Lorg/apkscan/test/pw/Prefs;->getBool(Landroid/content/Context;Ljava/lang/String;Z)Z
    move-result v0
    return v0
.end method
