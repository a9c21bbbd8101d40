.class final Lorg/apkscan/test/ab/i;
.super Ljava/lang/Object;
.implements Landroid/view/View$OnClickListener;

.field final a:Lorg/apkscan/test/ab/a;

.method constructor <init>(Lorg/apkscan/test/ab/a;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ab/i;->a:Lorg/apkscan/test/ab/a;
    return-void
.end method

# The bar made in code to Umeng, the search box made in code to Sensors'
# login (bypasses), the plain field to Sensors' identify (nothing).
.method public onClick(Landroid/view/View;)V
    .registers 6
    iget-object v0, p0, Lorg/apkscan/test/ab/i;->a:Lorg/apkscan/test/ab/a;
    iget-object v1, v0, Lorg/apkscan/test/ab/a;->k:Landroid/widget/EditText;
    invoke-virtual {v1}, Landroid/widget/EditText;->getText()Landroid/text/Editable;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-static {v1}, Lcom/umeng/analytics/MobclickAgent;->onProfileSignIn(Ljava/lang/String;)V
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v2
    iget-object v1, v0, Lorg/apkscan/test/ab/a;->j:Landroid/widget/EditText;
    invoke-virtual {v1}, Landroid/widget/EditText;->getText()Landroid/text/Editable;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v2, v1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->login(Ljava/lang/String;)V
    iget-object v1, v0, Lorg/apkscan/test/ab/a;->n:Landroid/widget/EditText;
    invoke-virtual {v1}, Landroid/widget/EditText;->getText()Landroid/text/Editable;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v2, v1}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->identify(Ljava/lang/String;)V
    return-void
.end method
