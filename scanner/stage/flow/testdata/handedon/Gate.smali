.class public Lorg/apkscan/test/ho/Gate;
.super Ljava/lang/Object;
.implements Ljava/lang/Runnable;

# Wraps a Runnable and runs it, except in incognito mode.

.field private final inner:Ljava/lang/Runnable;

.method public constructor <init>(Ljava/lang/Runnable;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ho/Gate;->inner:Ljava/lang/Runnable;
    return-void
.end method

.method public run()V
    .registers 2
    sget-boolean v0, Lorg/apkscan/test/ho/App;->incognito:Z
    if-eqz v0, :run
    return-void
    :run
    iget-object v0, p0, Lorg/apkscan/test/ho/Gate;->inner:Ljava/lang/Runnable;
    invoke-interface {v0}, Ljava/lang/Runnable;->run()V
    return-void
.end method
