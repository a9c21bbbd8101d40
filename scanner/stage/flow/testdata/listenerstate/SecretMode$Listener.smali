.class public interface abstract Lorg/apkscan/test/ls/SecretMode$Listener;
.super Ljava/lang/Object;

.method public abstract onSecretModeChanged(Z)V
.end method
