.class public final Lorg/apkscan/test/bf/BuildConfig;
.super Ljava/lang/Object;

# A release build's BuildConfig, as a build without R8 leaves it: DEBUG is
# an initial static value, not inlined.

.field public static final APPLICATION_ID:Ljava/lang/String; = "org.apkscan.test.bf"
.field public static final DEBUG:Z = false
