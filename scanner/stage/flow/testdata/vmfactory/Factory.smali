.class public final Lorg/apkscan/test/vf/Factory;
.super Ljava/lang/Object;
.implements Landroidx/lifecycle/ViewModelProvider$Factory;

# Makes the view model with the mode it was given.

.field private final a:Z

.method public constructor <init>(Z)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-boolean p1, p0, Lorg/apkscan/test/vf/Factory;->a:Z
    return-void
.end method

.method public create(Ljava/lang/Class;)Landroidx/lifecycle/ViewModel;
    .registers 4
    new-instance v0, Lorg/apkscan/test/vf/Model;
    iget-boolean v1, p0, Lorg/apkscan/test/vf/Factory;->a:Z
    invoke-direct {v0, v1}, Lorg/apkscan/test/vf/Model;-><init>(Z)V
    return-object v0
.end method
