.class public final Lorg/apkscan/test/tr/Holder;
.super Ljava/lang/Object;

# Keeps a tab behind a getter (a Kotlin property's getTab()).

.field private final tab:Lorg/apkscan/test/tr/Tab;

.method public constructor <init>()V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    new-instance v0, Lorg/apkscan/test/tr/Tab;
    invoke-direct {v0}, Lorg/apkscan/test/tr/Tab;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/tr/Holder;->tab:Lorg/apkscan/test/tr/Tab;
    return-void
.end method

.method public final getTab()Lorg/apkscan/test/tr/Tab;
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/tr/Holder;->tab:Lorg/apkscan/test/tr/Tab;
    return-object v0
.end method
