.class public final Lorg/apkscan/test/st/TabManager;
.super Ljava/lang/Object;

# The app's one tab manager (a singleton) and its current tab.

.field private static sInstance:Lorg/apkscan/test/st/TabManager;
.field private mCurrent:Lorg/apkscan/test/st/Tab;

.method private constructor <init>()V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    new-instance v0, Lorg/apkscan/test/st/Tab;
    invoke-direct {v0}, Lorg/apkscan/test/st/Tab;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/st/TabManager;->mCurrent:Lorg/apkscan/test/st/Tab;
    return-void
.end method

.method public static getInstance()Lorg/apkscan/test/st/TabManager;
    .registers 1
    sget-object v0, Lorg/apkscan/test/st/TabManager;->sInstance:Lorg/apkscan/test/st/TabManager;
    if-nez v0, :done
    new-instance v0, Lorg/apkscan/test/st/TabManager;
    invoke-direct {v0}, Lorg/apkscan/test/st/TabManager;-><init>()V
    sput-object v0, Lorg/apkscan/test/st/TabManager;->sInstance:Lorg/apkscan/test/st/TabManager;
    :done
    return-object v0
.end method

.method public getCurrentTab()Lorg/apkscan/test/st/Tab;
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/st/TabManager;->mCurrent:Lorg/apkscan/test/st/Tab;
    return-object v0
.end method
