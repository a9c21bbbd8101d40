.class public final Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;
.super Ljava/lang/Object;
.source "SAConfigOptions.java"

# SDK-shaped stand-in written for apkscan samples; not Sensors Analytics code.

.field mServerUrl:Ljava/lang/String;
.field mAutoTrackEventType:I
.field mLogEnabled:Z

.method public constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;->mServerUrl:Ljava/lang/String;
    return-void
.end method

.method public setAutoTrackEventType(I)Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;
    .registers 2
    iput p1, p0, Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;->mAutoTrackEventType:I
    return-object p0
.end method

.method public enableLog(Z)Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;
    .registers 2
    iput-boolean p1, p0, Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;->mLogEnabled:Z
    return-object p0
.end method
