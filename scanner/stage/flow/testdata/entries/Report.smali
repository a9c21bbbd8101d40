.class public Lorg/apkscan/test/en/Report;
.super Ljava/lang/Object;

# Two activities each read the Android ID and hand it to this one helper,
# which logs it: each flow starts in one activity (one entry point), though
# two reach the helper.

.method public static send(Ljava/lang/String;)V
    .registers 2
    const-string v0, "report"
    invoke-static {v0, p0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
