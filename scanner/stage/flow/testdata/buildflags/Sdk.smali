.class public final Lorg/apkscan/test/bf/Sdk;
.super Ljava/lang/Object;

# A library's verbose switch, false at first; its init turns it on when
# asked. Nothing the walk reaches calls init, but an entry it does not know
# of may (a host app's reflection).

.field public static final TAG:Ljava/lang/String; = "sdk"
.field public static verbose:Z = false

.method public static init(Z)V
    .registers 1
    sput-boolean p0, Lorg/apkscan/test/bf/Sdk;->verbose:Z
    return-void
.end method
