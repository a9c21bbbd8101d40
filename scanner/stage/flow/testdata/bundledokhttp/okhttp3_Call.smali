.class public interface abstract Lokhttp3/Call;
.super Ljava/lang/Object;
.method public abstract execute()Lokhttp3/Response;
.end method
