.class final Lorg/apkscan/test/ab/h;
.super Ljava/lang/Object;
.implements Landroid/widget/TextView$OnEditorActionListener;

# The search box (R.id.c: text whose keyboard action is Search): what is
# typed goes to Umeng in either mode.
.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onEditorAction(Landroid/widget/TextView;ILandroid/view/KeyEvent;)Z
    .registers 6
    invoke-virtual {p1}, Landroid/widget/TextView;->getText()Ljava/lang/CharSequence;
    move-result-object v0
    invoke-interface {v0}, Ljava/lang/CharSequence;->toString()Ljava/lang/String;
    move-result-object v0
    const/4 v1, 0x0
    const-string v2, "search"
    invoke-static {v1, v2, v0}, Lcom/umeng/analytics/MobclickAgent;->onEvent(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    const/4 v0, 0x0
    return v0
.end method
