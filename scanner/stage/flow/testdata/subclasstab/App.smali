.class public Lorg/apkscan/test/st/App;
.super Landroid/app/Activity;

# A browser whose tab object is picked by the mode: an IncognitoTab in
# incognito mode, a Tab otherwise. Tab reports visits to Sensors Analytics
# and pages left to Firebase; IncognitoTab overrides the first with nothing
# and hands the second to Tab's (super): the Firebase report is a bypass,
# the Sensors one is not.

.field public static incognito:Z

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public onCreate(Landroid/os/Bundle;)V
    .registers 5
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    sget-boolean v0, Lorg/apkscan/test/st/App;->incognito:Z
    if-eqz v0, :normal
    new-instance v0, Lorg/apkscan/test/st/IncognitoTab;
    invoke-direct {v0, p0}, Lorg/apkscan/test/st/IncognitoTab;-><init>(Landroid/content/Context;)V
    goto :set
    :normal
    new-instance v0, Lorg/apkscan/test/st/Tab;
    invoke-direct {v0, p0}, Lorg/apkscan/test/st/Tab;-><init>(Landroid/content/Context;)V
    :set
    new-instance v1, Landroid/webkit/WebView;
    invoke-direct {v1, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    new-instance v2, Lorg/apkscan/test/st/Client;
    invoke-direct {v2, v0}, Lorg/apkscan/test/st/Client;-><init>(Lorg/apkscan/test/st/Tab;)V
    invoke-virtual {v1, v2}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V
    return-void
.end method
