.class public Lorg/apkscan/test/sp/App;
.super Landroid/app/Application;

# A browser whose clients report pages through helpers that end in one
# shared posting helper (Posts.always), which posts whatever Runnable it
# is given. Guarded reports through a helper that returns first in
# incognito mode, so its Runnable is never made then; Loose's always is.
# The shared helper runs in incognito mode (Loose calls it then), yet
# only the Runnable made in incognito mode runs there.

.field static incognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/sp/Guarded;
    invoke-direct {v1}, Lorg/apkscan/test/sp/Guarded;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/sp/Loose;
    invoke-direct {v1}, Lorg/apkscan/test/sp/Loose;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
