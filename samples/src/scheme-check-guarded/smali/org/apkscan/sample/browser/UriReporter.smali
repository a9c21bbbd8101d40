.class public final Lorg/apkscan/sample/browser/UriReporter;
.super Ljava/lang/Object;
.source "UriReporter.java"

# describe switches on the URI's kind: local files are only logged, web
# pages are looked up at a metadata service with the page's address in
# the query.

.method static kind(Landroid/net/Uri;)I
    .registers 3
    invoke-virtual {p0}, Landroid/net/Uri;->getScheme()Ljava/lang/String;
    move-result-object v0
    const-string v1, "file"
    invoke-virtual {v1, v0}, Ljava/lang/String;->equalsIgnoreCase(Ljava/lang/String;)Z
    move-result v1
    if-eqz v1, :not_file
    const/4 v1, 0x0
    return v1
    :not_file
    const-string v1, "https"
    invoke-virtual {v1, v0}, Ljava/lang/String;->equalsIgnoreCase(Ljava/lang/String;)Z
    move-result v1
    if-eqz v1, :other
    const/4 v1, 0x2
    return v1
    :other
    const/4 v1, -0x1
    return v1
.end method

.method public static describe(Landroid/net/Uri;)V
    .registers 4
    invoke-static {p0}, Lorg/apkscan/sample/browser/UriReporter;->kind(Landroid/net/Uri;)I
    move-result v0
    packed-switch v0, :kinds
    return-void
    :local
    const-string v0, "file"
    invoke-virtual {p0}, Landroid/net/Uri;->getPath()Ljava/lang/String;
    move-result-object v1
    invoke-static {v0, v1}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
    :web
    new-instance v0, Ljava/lang/StringBuilder;
    invoke-direct {v0}, Ljava/lang/StringBuilder;-><init>()V
    const-string v1, "https://meta.schemecheck.apkscan.invalid/lookup?u="
    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {p0}, Landroid/net/Uri;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    new-instance v1, Ljava/net/URL;
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    invoke-direct {v1, v0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    return-void
    :kinds
    .packed-switch 0x0
        :local
        :local
        :web
    .end packed-switch
.end method
