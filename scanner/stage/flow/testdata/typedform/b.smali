.class final Lorg/apkscan/test/tf/b;
.super Ljava/lang/Object;
.implements Landroid/view/View$OnClickListener;

.field final a:Lorg/apkscan/test/tf/a;

.method constructor <init>(Lorg/apkscan/test/tf/a;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/tf/b;->a:Lorg/apkscan/test/tf/a;
    return-void
.end method

# The email goes to the server the form is for (no finding) and to
# Mixpanel as the user's identity (a leak); the name to the log (a leak);
# the plain text field's contents to Mixpanel (no personal field). The
# name found by the synthetic accessor to the log, the email found by the
# binding to Mixpanel's alias: leaks. The clipboard's text to Mixpanel
# (a leak) and to the log (where it counts not). The phone number in a
# TextInputLayout (R.id.g), found by the layout's id, to the log (a leak).
# The search box's query (R.id.k, actionSearch; the app has no incognito
# mode) to the form's search server (nothing) and to Mixpanel (browsing
# data).
.method public onClick(Landroid/view/View;)V
    .registers 8
    iget-object v0, p0, Lorg/apkscan/test/tf/b;->a:Lorg/apkscan/test/tf/a;
    iget-object v1, v0, Lorg/apkscan/test/tf/a;->e:Landroid/widget/EditText;
    invoke-virtual {v1}, Landroid/widget/EditText;->getText()Landroid/text/Editable;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v1
    new-instance v2, Ljava/lang/StringBuilder;
    const-string v3, "https://example.com/signup?email="
    invoke-direct {v2, v3}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v2, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    move-result-object v2
    invoke-virtual {v2}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v2
    new-instance v3, Ljava/net/URL;
    invoke-direct {v3, v2}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v3}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    const-string v2, "token"
    invoke-static {v0, v2}, Lcom/mixpanel/android/mpmetrics/MixpanelAPI;->getInstance(Landroid/content/Context;Ljava/lang/String;)Lcom/mixpanel/android/mpmetrics/MixpanelAPI;
    move-result-object v2
    invoke-virtual {v2, v1}, Lcom/mixpanel/android/mpmetrics/MixpanelAPI;->identify(Ljava/lang/String;)V
    iget-object v1, v0, Lorg/apkscan/test/tf/a;->n:Landroid/widget/EditText;
    invoke-virtual {v1}, Landroid/widget/EditText;->getText()Landroid/text/Editable;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v1
    const-string v3, "form"
    invoke-static {v3, v1}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    iget-object v1, v0, Lorg/apkscan/test/tf/a;->t:Landroid/widget/EditText;
    invoke-virtual {v1}, Landroid/widget/EditText;->getText()Landroid/text/Editable;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v2, v1}, Lcom/mixpanel/android/mpmetrics/MixpanelAPI;->track(Ljava/lang/String;)V
    iget-object v1, v0, Lorg/apkscan/test/tf/a;->s:Landroid/widget/EditText;
    invoke-virtual {v1}, Landroid/widget/EditText;->getText()Landroid/text/Editable;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-static {v3, v1}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    iget-object v1, v0, Lorg/apkscan/test/tf/a;->v:Landroid/widget/EditText;
    invoke-virtual {v1}, Landroid/widget/EditText;->getText()Landroid/text/Editable;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v2, v1}, Lcom/mixpanel/android/mpmetrics/MixpanelAPI;->alias(Ljava/lang/String;)V
    const-string v1, "clipboard"
    invoke-virtual {v0, v1}, Lorg/apkscan/test/tf/a;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Landroid/content/ClipboardManager;
    invoke-virtual {v1}, Landroid/content/ClipboardManager;->getPrimaryClip()Landroid/content/ClipData;
    move-result-object v1
    const/4 v4, 0x0
    invoke-virtual {v1, v4}, Landroid/content/ClipData;->getItemAt(I)Landroid/content/ClipData$Item;
    move-result-object v1
    invoke-virtual {v1}, Landroid/content/ClipData$Item;->getText()Ljava/lang/CharSequence;
    move-result-object v1
    invoke-interface {v1}, Ljava/lang/CharSequence;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v2, v1}, Lcom/mixpanel/android/mpmetrics/MixpanelAPI;->registerSuperProperties(Ljava/lang/String;)V
    invoke-static {v3, v1}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;)I
    const v1, 0x7f030004
    invoke-virtual {v0, v1}, Lorg/apkscan/test/tf/a;->findViewById(I)Landroid/view/View;
    move-result-object v1
    check-cast v1, Lcom/google/android/material/textfield/TextInputLayout;
    invoke-virtual {v1}, Lcom/google/android/material/textfield/TextInputLayout;->getEditText()Landroid/widget/EditText;
    move-result-object v1
    invoke-virtual {v1}, Landroid/widget/EditText;->getText()Landroid/text/Editable;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-static {v3, v1}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    const v1, 0x7f030006
    invoke-virtual {v0, v1}, Lorg/apkscan/test/tf/a;->findViewById(I)Landroid/view/View;
    move-result-object v1
    check-cast v1, Landroid/widget/EditText;
    invoke-virtual {v1}, Landroid/widget/EditText;->getText()Landroid/text/Editable;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v1
    new-instance v4, Ljava/lang/StringBuilder;
    const-string v5, "https://example.com/search?q="
    invoke-direct {v4, v5}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v4, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    move-result-object v4
    invoke-virtual {v4}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v4
    new-instance v5, Ljava/net/URL;
    invoke-direct {v5, v4}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v5}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    invoke-virtual {v2, v1}, Lcom/mixpanel/android/mpmetrics/MixpanelAPI;->trackMap(Ljava/lang/String;)V
    return-void
.end method
