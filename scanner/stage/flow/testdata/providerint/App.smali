.class public Lorg/apkscan/test/pi/App;
.super Landroid/app/Activity;

# A browser inserting each page, with the mode as an int (1 in incognito
# mode), into its own content providers: Visits (by its CONTENT_URI),
# reading it back with getAsInteger, uploads only pages seen outside
# incognito mode, Stats (by a parsed URI) every page.

.field public static incognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v1, Lorg/apkscan/test/pi/Client;
    invoke-direct {v1, p0}, Lorg/apkscan/test/pi/Client;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
