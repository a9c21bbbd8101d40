.class public Lorg/apkscan/test/cb/Main;
.super Landroid/app/Activity;

# The device id handed to a Sink the activity keeps. Two kinds of Sink
# may be there: Texts, which logs the text, and Errors, an error consumer
# whose erased accept(Object) casts to Throwable. A String never passes
# that cast: only Texts' log is reached.

.field private sink:Lorg/apkscan/test/cb/Sink;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lorg/apkscan/test/cb/Errors;
    invoke-direct {v0}, Lorg/apkscan/test/cb/Errors;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/cb/Main;->sink:Lorg/apkscan/test/cb/Sink;
    return-void
.end method

.method protected onStart()V
    .registers 2
    invoke-super {p0}, Landroid/app/Activity;->onStart()V
    new-instance v0, Lorg/apkscan/test/cb/Texts;
    invoke-direct {v0}, Lorg/apkscan/test/cb/Texts;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/cb/Main;->sink:Lorg/apkscan/test/cb/Sink;
    return-void
.end method

.method protected onResume()V
    .registers 4
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/cb/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    iget-object v1, p0, Lorg/apkscan/test/cb/Main;->sink:Lorg/apkscan/test/cb/Sink;
    invoke-interface {v1, v0}, Lorg/apkscan/test/cb/Sink;->accept(Ljava/lang/Object;)V
    return-void
.end method
