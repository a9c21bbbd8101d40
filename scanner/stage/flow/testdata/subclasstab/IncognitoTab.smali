.class public Lorg/apkscan/test/st/IncognitoTab;
.super Lorg/apkscan/test/st/Tab;

.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0, p1}, Lorg/apkscan/test/st/Tab;-><init>(Landroid/content/Context;)V
    return-void
.end method

.method public onVisited(Ljava/lang/String;)V
    .registers 2
    return-void
.end method

.method public onLeft(Ljava/lang/String;)V
    .registers 2
    invoke-super {p0, p1}, Lorg/apkscan/test/st/Tab;->onLeft(Ljava/lang/String;)V
    return-void
.end method
