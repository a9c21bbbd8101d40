.class public Lcom/mixpanel/android/mpmetrics/MixpanelAPI;
.super Ljava/lang/Object;
.source "MixpanelAPI.java"
# A Mixpanel-shaped class we wrote ourselves: the real SDK's names, trivial
# bodies. It posts to the SDK's default collector URL.

.field private final token:Ljava/lang/String;

.method private constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lcom/mixpanel/android/mpmetrics/MixpanelAPI;->token:Ljava/lang/String;
    return-void
.end method

.method public static getInstance(Landroid/content/Context;Ljava/lang/String;)Lcom/mixpanel/android/mpmetrics/MixpanelAPI;
    .registers 3
    new-instance v0, Lcom/mixpanel/android/mpmetrics/MixpanelAPI;
    invoke-direct {v0, p1}, Lcom/mixpanel/android/mpmetrics/MixpanelAPI;-><init>(Ljava/lang/String;)V
    return-object v0
.end method

.method public track(Ljava/lang/String;)V
    .registers 4
    const-string v0, "https://api.mixpanel.com/track"
    const-string v1, "mixpanel"
    invoke-static {v1, v0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
