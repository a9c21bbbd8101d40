.class public Lorg/apkscan/test/pd/L;
.super Ljava/lang/Object;
.implements Landroid/app/LoaderManager$LoaderCallbacks;

# Loads the postal addresses with a CursorLoader and prints the first.

.field final a:Landroid/content/Context;

.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/pd/L;->a:Landroid/content/Context;
    return-void
.end method

.method public onCreateLoader(ILandroid/os/Bundle;)Landroid/content/Loader;
    .registers 10
    new-instance v0, Landroid/content/CursorLoader;
    iget-object v1, p0, Lorg/apkscan/test/pd/L;->a:Landroid/content/Context;
    sget-object v2, Landroid/provider/ContactsContract$CommonDataKinds$StructuredPostal;->CONTENT_URI:Landroid/net/Uri;
    const/4 v3, 0x0
    move-object v4, v3
    move-object v5, v3
    move-object v6, v3
    invoke-direct/range {v0 .. v6}, Landroid/content/CursorLoader;-><init>(Landroid/content/Context;Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)V
    return-object v0
.end method

.method public onLoadFinished(Landroid/content/Loader;Ljava/lang/Object;)V
    .registers 5
    check-cast p2, Landroid/database/Cursor;
    invoke-interface {p2}, Landroid/database/Cursor;->moveToFirst()Z
    const/4 v0, 0x0
    invoke-interface {p2, v0}, Landroid/database/Cursor;->getString(I)Ljava/lang/String;
    move-result-object v0
    sget-object v1, Ljava/lang/System;->out:Ljava/io/PrintStream;
    invoke-virtual {v1, v0}, Ljava/io/PrintStream;->println(Ljava/lang/String;)V
    return-void
.end method

.method public onLoaderReset(Landroid/content/Loader;)V
    .registers 2
    return-void
.end method
