.class public final Lorg/apkscan/test/table/Enc;
.super Ljava/lang/Object;
.source "Enc.java"

# A table-driven encoder as apps bundle them (Base64's alphabet, here
# 64 characters): each output character is ALPHABET[byte & 0x3f].

.field private static final ALPHABET:[C

.method static constructor <clinit>()V
    .registers 1
    const-string v0, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    invoke-virtual {v0}, Ljava/lang/String;->toCharArray()[C
    move-result-object v0
    sput-object v0, Lorg/apkscan/test/table/Enc;->ALPHABET:[C
    return-void
.end method

.method public static encode([B)Ljava/lang/String;
    .registers 7
    array-length v0, p0
    new-array v1, v0, [C
    sget-object v2, Lorg/apkscan/test/table/Enc;->ALPHABET:[C
    const/4 v3, 0x0
    :loop
    if-ge v3, v0, :done
    aget-byte v4, p0, v3
    and-int/lit8 v4, v4, 0x3f
    aget-char v5, v2, v4
    aput-char v5, v1, v3
    add-int/lit8 v3, v3, 0x1
    goto :loop
    :done
    new-instance v4, Ljava/lang/String;
    invoke-direct {v4, v1}, Ljava/lang/String;-><init>([C)V
    return-object v4
.end method
