.class public Lorg/apkscan/test/ft/Guarded;
.super Landroid/webkit/WebViewClient;

# Gives every page to the tracker it is made with.

.field private final tracker:Lorg/apkscan/test/ft/Tracker;

.method public constructor <init>(Lorg/apkscan/test/ft/Tracker;)V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/ft/Guarded;->tracker:Lorg/apkscan/test/ft/Tracker;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/ft/Guarded;->tracker:Lorg/apkscan/test/ft/Tracker;
    invoke-interface {v0, p2}, Lorg/apkscan/test/ft/Tracker;->track(Ljava/lang/String;)V
    return-void
.end method
