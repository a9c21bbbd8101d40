.class public Lorg/apkscan/test/no/Client;
.super Landroid/webkit/WebViewClient;

# Hands each page to the tracker it was made with.

.field private final tracker:Lorg/apkscan/test/no/PageTracker;

.method public constructor <init>(Lorg/apkscan/test/no/PageTracker;)V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/no/Client;->tracker:Lorg/apkscan/test/no/PageTracker;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/no/Client;->tracker:Lorg/apkscan/test/no/PageTracker;
    invoke-interface {v0, p2}, Lorg/apkscan/test/no/PageTracker;->visited(Ljava/lang/String;)V
    return-void
.end method
