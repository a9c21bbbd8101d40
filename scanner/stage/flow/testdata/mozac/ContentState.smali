.class public final Lmozilla/components/browser/state/state/ContentState;
.super Ljava/lang/Object;

.field private final private:Z
.field private final url:Ljava/lang/String;

.method public constructor <init>(Ljava/lang/String;Z)V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lmozilla/components/browser/state/state/ContentState;->url:Ljava/lang/String;
    iput-boolean p2, p0, Lmozilla/components/browser/state/state/ContentState;->private:Z
    return-void
.end method

.method public final getUrl()Ljava/lang/String;
    .registers 2
    iget-object v0, p0, Lmozilla/components/browser/state/state/ContentState;->url:Ljava/lang/String;
    return-object v0
.end method

.method public final getPrivate()Z
    .registers 2
    iget-boolean v0, p0, Lmozilla/components/browser/state/state/ContentState;->private:Z
    return v0
.end method
