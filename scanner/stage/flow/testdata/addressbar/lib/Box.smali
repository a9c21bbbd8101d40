.class public Landroidx/appcompat/widget/Box;
.super Ljava/lang/Object;

# A library widget reading its own search box (as appcompat's SearchView
# reads search_src_text): the library's API says what reaches the app;
# the read itself is no source.
.method public static read(Landroid/app/Activity;)V
    .registers 4
    const v0, 0x7f030002
    invoke-virtual {p0, v0}, Landroid/app/Activity;->findViewById(I)Landroid/view/View;
    move-result-object v0
    check-cast v0, Landroid/widget/EditText;
    invoke-virtual {v0}, Landroid/widget/EditText;->getText()Landroid/text/Editable;
    move-result-object v0
    invoke-virtual {v0}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v0
    const/4 v1, 0x0
    const-string v2, "box"
    invoke-static {v1, v2, v0}, Lcom/umeng/analytics/MobclickAgent;->onEventValue(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    return-void
.end method
