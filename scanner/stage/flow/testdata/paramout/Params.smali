.class public Lorg/apkscan/test/po/Params;
.super Ljava/lang/Object;

# Puts a value in the JSONObject it is given.

.method public static put(Lorg/json/JSONObject;Ljava/lang/String;)V
    .registers 3
    const-string v0, "id"
    invoke-virtual {p0, v0, p1}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    return-void
.end method
