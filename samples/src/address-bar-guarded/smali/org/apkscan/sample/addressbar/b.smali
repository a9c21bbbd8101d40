.class final Lorg/apkscan/sample/addressbar/b;
.super Ljava/lang/Object;
.source "SourceFile"

# The user pressed Go: what the bar holds goes to c on a new thread,
# unless incognito mode is on.

.implements Landroid/widget/TextView$OnEditorActionListener;

.field private final a:Landroid/content/Context;

.method constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lorg/apkscan/sample/addressbar/b;->a:Landroid/content/Context;
    return-void
.end method

.method public onEditorAction(Landroid/widget/TextView;ILandroid/view/KeyEvent;)Z
    .registers 7
    iget-object v0, p0, Lorg/apkscan/sample/addressbar/b;->a:Landroid/content/Context;
    invoke-static {v0}, Lorg/apkscan/sample/addressbar/a;->a(Landroid/content/Context;)Z
    move-result v0
    if-nez v0, :done
    invoke-virtual {p1}, Landroid/widget/TextView;->getText()Ljava/lang/CharSequence;
    move-result-object v0
    invoke-interface {v0}, Ljava/lang/CharSequence;->toString()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/lang/Thread;
    new-instance v2, Lorg/apkscan/sample/addressbar/c;
    iget-object v3, p0, Lorg/apkscan/sample/addressbar/b;->a:Landroid/content/Context;
    invoke-direct {v2, v3, v0}, Lorg/apkscan/sample/addressbar/c;-><init>(Landroid/content/Context;Ljava/lang/String;)V
    invoke-direct {v1, v2}, Ljava/lang/Thread;-><init>(Ljava/lang/Runnable;)V
    invoke-virtual {v1}, Ljava/lang/Thread;->start()V
    :done
    const/4 v0, 0x0
    return v0
.end method
