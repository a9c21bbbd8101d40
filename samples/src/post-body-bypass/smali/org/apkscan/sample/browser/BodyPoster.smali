.class public final Lorg/apkscan/sample/browser/BodyPoster;
.super Ljava/lang/Object;
.source "BodyPoster.java"

# BodyPoster POSTs "url=<visited url>" through an HttpsURLConnection's
# output stream, wrapped in an OutputStreamWriter and a BufferedWriter.

.method public static post(Ljava/lang/String;)V
    .registers 6
    new-instance v0, Ljava/net/URL;
    const-string v1, "https://collect.postbody.apkscan.invalid/v1/visit"
    invoke-direct {v0, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v0
    check-cast v0, Ljavax/net/ssl/HttpsURLConnection;
    const/4 v1, 0x1
    invoke-virtual {v0, v1}, Ljavax/net/ssl/HttpsURLConnection;->setDoOutput(Z)V
    const-string v1, "POST"
    invoke-virtual {v0, v1}, Ljavax/net/ssl/HttpsURLConnection;->setRequestMethod(Ljava/lang/String;)V
    invoke-virtual {v0}, Ljavax/net/ssl/HttpsURLConnection;->getOutputStream()Ljava/io/OutputStream;
    move-result-object v1
    new-instance v2, Ljava/io/BufferedWriter;
    new-instance v3, Ljava/io/OutputStreamWriter;
    const-string v4, "UTF-8"
    invoke-direct {v3, v1, v4}, Ljava/io/OutputStreamWriter;-><init>(Ljava/io/OutputStream;Ljava/lang/String;)V
    invoke-direct {v2, v3}, Ljava/io/BufferedWriter;-><init>(Ljava/io/Writer;)V
    new-instance v3, Ljava/lang/StringBuilder;
    invoke-direct {v3}, Ljava/lang/StringBuilder;-><init>()V
    const-string v4, "url="
    invoke-virtual {v3, v4}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    move-result-object v3
    invoke-virtual {v3, p0}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    move-result-object v3
    invoke-virtual {v3}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v2, v3}, Ljava/io/BufferedWriter;->write(Ljava/lang/String;)V
    invoke-virtual {v2}, Ljava/io/BufferedWriter;->flush()V
    invoke-virtual {v0}, Ljavax/net/ssl/HttpsURLConnection;->getResponseCode()I
    return-void
.end method
