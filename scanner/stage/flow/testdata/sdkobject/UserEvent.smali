.class public Lcom/umeng/analytics/UserEvent;
.super Ljava/lang/Object;

# An SDK-shaped event builder bundled with the app (our own code): it
# keeps what it is given in a map the SDK sends.

.field private final attrs:Ljava/util/HashMap;

.method public constructor <init>()V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    new-instance v0, Ljava/util/HashMap;
    invoke-direct {v0}, Ljava/util/HashMap;-><init>()V
    iput-object v0, p0, Lcom/umeng/analytics/UserEvent;->attrs:Ljava/util/HashMap;
    return-void
.end method

.method public put(Ljava/lang/String;Ljava/lang/Object;)Lcom/umeng/analytics/UserEvent;
    .registers 4
    iget-object v0, p0, Lcom/umeng/analytics/UserEvent;->attrs:Ljava/util/HashMap;
    invoke-virtual {v0, p1, p2}, Ljava/util/HashMap;->put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;
    return-object p0
.end method

.method public toMap()Ljava/util/Map;
    .registers 2
    iget-object v0, p0, Lcom/umeng/analytics/UserEvent;->attrs:Ljava/util/HashMap;
    return-object v0
.end method
