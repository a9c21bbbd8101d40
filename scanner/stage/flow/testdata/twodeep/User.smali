.class public Lorg/apkscan/test/two/User;
.super Ljava/lang/Object;
.field private name:Ljava/lang/String;
.field private pwd:Lorg/apkscan/test/two/Password;
.method public constructor <init>(Ljava/lang/String;Ljava/lang/String;)V
    .registers 4
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/two/User;->name:Ljava/lang/String;
    new-instance v0, Lorg/apkscan/test/two/Password;
    invoke-direct {v0, p2}, Lorg/apkscan/test/two/Password;-><init>(Ljava/lang/String;)V
    iput-object v0, p0, Lorg/apkscan/test/two/User;->pwd:Lorg/apkscan/test/two/Password;
    return-void
.end method
.method public getPwd()Lorg/apkscan/test/two/Password;
    .registers 2
    iget-object v0, p0, Lorg/apkscan/test/two/User;->pwd:Lorg/apkscan/test/two/Password;
    return-object v0
.end method
