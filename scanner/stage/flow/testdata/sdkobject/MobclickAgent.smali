.class public Lcom/umeng/analytics/MobclickAgent;
.super Ljava/lang/Object;

# SDK-shaped stand-in (our own code) for the bundled SDK's ingest API.

.method public static onEventObject(Landroid/content/Context;Ljava/lang/String;Ljava/util/Map;)V
    .registers 3
    return-void
.end method
