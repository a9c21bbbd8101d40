.class public Lorg/apkscan/test/mmkv/Settings;
.super Ljava/lang/Object;
.implements Landroid/content/SharedPreferences;

# The app's own preferences, implementing SharedPreferences over MMKV.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public getBoolean(Ljava/lang/String;Z)Z
    .registers 4
    invoke-static {}, Lcom/tencent/mmkv/MMKV;->defaultMMKV()Lcom/tencent/mmkv/MMKV;
    move-result-object v0
    invoke-virtual {v0, p1, p2}, Lcom/tencent/mmkv/MMKV;->decodeBool(Ljava/lang/String;Z)Z
    move-result v0
    return v0
.end method
