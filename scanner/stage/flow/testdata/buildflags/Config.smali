.class public final Lorg/apkscan/test/bf/Config;
.super Ljava/lang/Object;

# A switch the app turns on by reflection, false at first.

.field public static final NAME:Ljava/lang/String; = "config"
.field public static logIds:Z = false
