.class final Lorg/apkscan/test/lz/b;
.super Lkotlin/jvm/internal/Lambda;
.implements Lkotlin/jvm/functions/Function0;

.field final synthetic a:Landroid/content/Intent;

.method constructor <init>(Landroid/content/Intent;)V
    .registers 3
    iput-object p1, p0, Lorg/apkscan/test/lz/b;->a:Landroid/content/Intent;
    const/4 v0, 0x0
    invoke-direct {p0, v0}, Lkotlin/jvm/internal/Lambda;-><init>(I)V
    return-void
.end method

.method public final invoke()Ljava/lang/Object;
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/lz/b;->a:Landroid/content/Intent;
    const-string v1, "incognito"
    const/4 v2, 0x0
    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->getBooleanExtra(Ljava/lang/String;Z)Z
    move-result v0
    invoke-static {v0}, Ljava/lang/Boolean;->valueOf(Z)Ljava/lang/Boolean;
    move-result-object v0
    return-object v0
.end method
