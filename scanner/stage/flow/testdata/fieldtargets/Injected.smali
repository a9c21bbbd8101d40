.class public Lorg/apkscan/test/ft/Injected;
.super Landroid/webkit/WebViewClient;

# Gives every page to the tracker it is given.

.field private tracker:Lorg/apkscan/test/ft/Tracker;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    return-void
.end method

.method public setTracker(Lorg/apkscan/test/ft/Tracker;)V
    .registers 2
    iput-object p1, p0, Lorg/apkscan/test/ft/Injected;->tracker:Lorg/apkscan/test/ft/Tracker;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/ft/Injected;->tracker:Lorg/apkscan/test/ft/Tracker;
    invoke-interface {v0, p2}, Lorg/apkscan/test/ft/Tracker;->track(Ljava/lang/String;)V
    return-void
.end method
