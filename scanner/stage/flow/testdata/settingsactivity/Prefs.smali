.class public Lorg/apkscan/test/sa/Prefs;
.super Ljava/lang/Object;

.field public static incognito:Z
