.class public Lorg/apkscan/test/fb/Main;
.super Landroid/app/Activity;

# The device id written to a file in onCreate is read back from the file
# in onResume and logged. Another file, and a page read from a
# connection's stream, do not hold the id.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/fb/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    const-string v1, "out.txt"
    const/4 v2, 0x0
    invoke-virtual {p0, v1, v2}, Lorg/apkscan/test/fb/Main;->openFileOutput(Ljava/lang/String;I)Ljava/io/FileOutputStream;
    move-result-object v1
    invoke-virtual {v0}, Ljava/lang/String;->getBytes()[B
    move-result-object v3
    invoke-virtual {v1, v3}, Ljava/io/FileOutputStream;->write([B)V
    invoke-virtual {v1}, Ljava/io/FileOutputStream;->close()V
    return-void
.end method

.method protected onResume()V
    .registers 5
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    const-string v3, "out.txt"
    move-object v0, v3
    invoke-virtual {p0, v0}, Lorg/apkscan/test/fb/Main;->openFileInput(Ljava/lang/String;)Ljava/io/FileInputStream;
    move-result-object v0
    const/16 v1, 0x100
    new-array v1, v1, [B
    invoke-virtual {v0, v1}, Ljava/io/FileInputStream;->read([B)I
    new-instance v2, Ljava/lang/String;
    invoke-direct {v2, v1}, Ljava/lang/String;-><init>([B)V
    const-string v3, "file"
    invoke-static {v3, v2}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method protected onStart()V
    .registers 5
    invoke-super {p0}, Landroid/app/Activity;->onStart()V
    new-instance v0, Ljava/net/URL;
    const-string v1, "https://example.org/page"
    invoke-direct {v0, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v0}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v0
    invoke-virtual {v0}, Ljava/net/URLConnection;->getInputStream()Ljava/io/InputStream;
    move-result-object v0
    const/16 v1, 0x100
    new-array v1, v1, [B
    invoke-virtual {v0, v1}, Ljava/io/InputStream;->read([B)I
    new-instance v2, Ljava/lang/String;
    invoke-direct {v2, v1}, Ljava/lang/String;-><init>([B)V
    const-string v3, "page"
    invoke-static {v3, v2}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method protected onPause()V
    .registers 5
    invoke-super {p0}, Landroid/app/Activity;->onPause()V
    new-instance v0, Ljava/io/FileInputStream;
    new-instance v1, Ljava/io/File;
    invoke-virtual {p0}, Lorg/apkscan/test/fb/Main;->getFilesDir()Ljava/io/File;
    move-result-object v2
    const-string v3, "other.txt"
    invoke-direct {v1, v2, v3}, Ljava/io/File;-><init>(Ljava/io/File;Ljava/lang/String;)V
    invoke-direct {v0, v1}, Ljava/io/FileInputStream;-><init>(Ljava/io/File;)V
    const/16 v1, 0x100
    new-array v1, v1, [B
    invoke-virtual {v0, v1}, Ljava/io/FileInputStream;->read([B)I
    new-instance v2, Ljava/lang/String;
    invoke-direct {v2, v1}, Ljava/lang/String;-><init>([B)V
    const-string v3, "other"
    invoke-static {v3, v2}, Landroid/util/Log;->v(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

# The same file opened by its path.
.method protected onStop()V
    .registers 5
    invoke-super {p0}, Landroid/app/Activity;->onStop()V
    new-instance v0, Ljava/io/FileReader;
    const-string v1, "/data/data/org.apkscan.test.fb/files/out.txt"
    invoke-direct {v0, v1}, Ljava/io/FileReader;-><init>(Ljava/lang/String;)V
    new-instance v1, Ljava/io/BufferedReader;
    invoke-direct {v1, v0}, Ljava/io/BufferedReader;-><init>(Ljava/io/Reader;)V
    invoke-virtual {v1}, Ljava/io/BufferedReader;->readLine()Ljava/lang/String;
    move-result-object v2
    const-string v3, "path"
    invoke-static {v3, v2}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
