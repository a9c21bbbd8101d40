.class final Lb/e;
.super Ljava/util/TimerTask;
.source "SourceFile"

# The timer task b/a schedules: run() drains the singleton's queue.

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/util/TimerTask;-><init>()V
    return-void
.end method

.method public final run()V
    .registers 2
    invoke-static {}, Lb/a;->a()Lb/a;
    move-result-object v0
    invoke-virtual {v0}, Lb/a;->f()V
    return-void
.end method
