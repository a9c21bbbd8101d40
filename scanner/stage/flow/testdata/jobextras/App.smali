.class public Lorg/apkscan/test/je/App;
.super Landroid/app/Activity;

# A browser handing each page to JobScheduler jobs in their extras: Upload
# is scheduled for every page, Audit only outside incognito mode, Checked
# for every page with the mode, which it tests. Upload also reports its
# extras' "ver", which holds no page.

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
    new-instance v1, Lorg/apkscan/test/je/Client;
    invoke-direct {v1}, Lorg/apkscan/test/je/Client;-><init>()V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
