.class public Lorg/apkscan/test/ls/SecretMode;
.super Ljava/lang/Object;

# Keeps the listeners and tells each of them the mode.

.field private static final listeners:Ljava/util/ArrayList;

.method static constructor <clinit>()V
    .registers 1
    new-instance v0, Ljava/util/ArrayList;
    invoke-direct {v0}, Ljava/util/ArrayList;-><init>()V
    sput-object v0, Lorg/apkscan/test/ls/SecretMode;->listeners:Ljava/util/ArrayList;
    return-void
.end method

.method public static addListener(Lorg/apkscan/test/ls/SecretMode$Listener;)V
    .registers 2
    sget-object v0, Lorg/apkscan/test/ls/SecretMode;->listeners:Ljava/util/ArrayList;
    invoke-virtual {v0, p0}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z
    return-void
.end method

.method public static setSecretModeEnabled(Z)V
    .registers 4
    sget-object v0, Lorg/apkscan/test/ls/SecretMode;->listeners:Ljava/util/ArrayList;
    invoke-virtual {v0}, Ljava/util/ArrayList;->iterator()Ljava/util/Iterator;
    move-result-object v0
    :loop
    invoke-interface {v0}, Ljava/util/Iterator;->hasNext()Z
    move-result v1
    if-eqz v1, :done
    invoke-interface {v0}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Lorg/apkscan/test/ls/SecretMode$Listener;
    invoke-interface {v1, p0}, Lorg/apkscan/test/ls/SecretMode$Listener;->onSecretModeChanged(Z)V
    goto :loop
    :done
    return-void
.end method
