.class public Lorg/apkscan/test/pd/R;
.super Landroid/content/AsyncQueryHandler;

# Logs the first column of the row its query returns.

.method public constructor <init>(Landroid/content/ContentResolver;)V
    .registers 2
    invoke-direct {p0, p1}, Landroid/content/AsyncQueryHandler;-><init>(Landroid/content/ContentResolver;)V
    return-void
.end method

.method protected onQueryComplete(ILjava/lang/Object;Landroid/database/Cursor;)V
    .registers 7
    invoke-interface {p3}, Landroid/database/Cursor;->moveToFirst()Z
    const/4 v0, 0x0
    invoke-interface {p3, v0}, Landroid/database/Cursor;->getString(I)Ljava/lang/String;
    move-result-object v0
    const/4 v2, 0x4
    const-string v1, "media"
    invoke-static {v2, v1, v0}, Landroid/util/Log;->println(ILjava/lang/String;Ljava/lang/String;)I
    return-void
.end method
