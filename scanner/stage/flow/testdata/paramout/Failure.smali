.class public Lorg/apkscan/test/po/Failure;
.super Ljava/lang/Exception;

# An exception of the app's: its constructor hands the message to
# Exception's, which keeps it in the object being made.

.method public constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0, p1}, Ljava/lang/Exception;-><init>(Ljava/lang/String;)V
    return-void
.end method
