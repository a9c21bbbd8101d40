.class public Lo/e;
.super Ljava/lang/Object;

# History, kept on the device.
.method public static a(Ljava/lang/String;)V
    .registers 2
    const-string v0, "history"
    invoke-static {v0, p0}, Landroid/util/Log;->v(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
