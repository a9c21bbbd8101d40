.class public final Lorg/apkscan/test/vf/Open;
.super Landroid/webkit/WebViewClient;

.field private final model:Lorg/apkscan/test/vf/Model;

.method public constructor <init>(Lorg/apkscan/test/vf/Model;)V
    .registers 2
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lorg/apkscan/test/vf/Open;->model:Lorg/apkscan/test/vf/Model;
    return-void
.end method

.method public onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V
    .registers 4
    iget-object v0, p0, Lorg/apkscan/test/vf/Open;->model:Lorg/apkscan/test/vf/Model;
    invoke-virtual {v0, p2}, Lorg/apkscan/test/vf/Model;->open(Ljava/lang/String;)V
    return-void
.end method
