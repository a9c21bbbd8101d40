.class final Lorg/apkscan/test/ab/b;
.super Ljava/lang/Object;
.implements Landroid/widget/TextView$OnEditorActionListener;

.field final a:Lorg/apkscan/test/ab/a;

.method constructor <init>(Lorg/apkscan/test/ab/a;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ab/b;->a:Lorg/apkscan/test/ab/a;
    return-void
.end method

# The user pressed Go. The search typed into the bar goes to MiStat in
# either mode (a bypass) and to the search server only outside incognito
# mode; the other field's text goes to Sensors, which is no browsing data.
# The bar's text read by a helper goes to Sensors' timer (a bypass); the
# bar's description (the view's toString) to Sensors is no data.
.method public onEditorAction(Landroid/widget/TextView;ILandroid/view/KeyEvent;)Z
    .registers 8
    iget-object v0, p0, Lorg/apkscan/test/ab/b;->a:Lorg/apkscan/test/ab/a;
    iget-object v1, v0, Lorg/apkscan/test/ab/a;->e:Landroid/widget/EditText;
    invoke-virtual {v1}, Landroid/widget/EditText;->getText()Landroid/text/Editable;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v1
    const-string v2, "search"
    invoke-static {v2, v1}, Lcom/xiaomi/stat/MiStat;->trackEvent(Ljava/lang/String;Ljava/lang/String;)V
    invoke-virtual {v0}, Lorg/apkscan/test/ab/a;->isIncognito()Z
    move-result v2
    if-nez v2, :note
    new-instance v2, Ljava/lang/StringBuilder;
    const-string v3, "https://search.example.com/s?q="
    invoke-direct {v2, v3}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v2, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    move-result-object v2
    invoke-virtual {v2}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v2
    new-instance v3, Ljava/net/URL;
    invoke-direct {v3, v2}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v3}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    :note
    iget-object v1, v0, Lorg/apkscan/test/ab/a;->f:Landroid/widget/EditText;
    invoke-virtual {v1}, Landroid/widget/EditText;->getText()Landroid/text/Editable;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v2
    invoke-virtual {v2, v1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen(Ljava/lang/String;)V
    iget-object v1, v0, Lorg/apkscan/test/ab/a;->e:Landroid/widget/EditText;
    invoke-static {v1}, Lorg/apkscan/test/ab/c;->text(Landroid/widget/TextView;)Ljava/lang/String;
    move-result-object v1
    const-string v3, "go"
    invoke-virtual {v2, v3, v1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackTimerEnd(Ljava/lang/String;Ljava/lang/String;)V
    iget-object v1, v0, Lorg/apkscan/test/ab/a;->e:Landroid/widget/EditText;
    invoke-virtual {v1}, Landroid/widget/EditText;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v2, v1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen(Ljava/lang/String;)V
    const/4 v0, 0x1
    return v0
.end method
