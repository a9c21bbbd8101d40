.class final Lorg/apkscan/test/ab/g;
.super Ljava/lang/Object;
.implements Landroid/view/View$OnKeyListener;

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

# The view the listener was set on is the one the user typed into.
.method public onKey(Landroid/view/View;ILandroid/view/KeyEvent;)Z
    .registers 6
    check-cast p1, Landroid/widget/EditText;
    invoke-virtual {p1}, Landroid/widget/EditText;->getText()Landroid/text/Editable;
    move-result-object v0
    invoke-virtual {v0}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v0
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    invoke-virtual {v1, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;)V
    const/4 v0, 0x0
    return v0
.end method
