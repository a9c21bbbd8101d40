.class final Lb/e;
.super Ljava/util/TimerTask;
.source "SourceFile"

# The timer task b/a schedules: run() drains a's queue (a.f()).

.field final synthetic a:Lb/a;

.method constructor <init>(Lb/a;)V
    .registers 2
    iput-object p1, p0, Lb/e;->a:Lb/a;
    invoke-direct {p0}, Ljava/util/TimerTask;-><init>()V
    return-void
.end method

.method public final run()V
    .registers 2
    iget-object v0, p0, Lb/e;->a:Lb/a;
    invoke-virtual {v0}, Lb/a;->f()V
    return-void
.end method
