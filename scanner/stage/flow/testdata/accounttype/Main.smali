.class public Lorg/apkscan/test/at/Main;
.super Landroid/app/Activity;

# The first account's name (the user's e-mail) is logged (a leak), its
# type, the authenticator's id, too (nothing).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-static {p0}, Landroid/accounts/AccountManager;->get(Landroid/content/Context;)Landroid/accounts/AccountManager;
    move-result-object v0
    invoke-virtual {v0}, Landroid/accounts/AccountManager;->getAccounts()[Landroid/accounts/Account;
    move-result-object v0
    const/4 v1, 0x0
    aget-object v0, v0, v1
    const-string v3, "Main"
    iget-object v2, v0, Landroid/accounts/Account;->name:Ljava/lang/String;
    invoke-static {v3, v2}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    iget-object v2, v0, Landroid/accounts/Account;->type:Ljava/lang/String;
    invoke-static {v3, v2}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
