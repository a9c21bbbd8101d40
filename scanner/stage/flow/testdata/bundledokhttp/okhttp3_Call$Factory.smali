.class public interface abstract Lokhttp3/Call$Factory;
.super Ljava/lang/Object;
.method public abstract newCall(Lokhttp3/Request;)Lokhttp3/Call;
.end method
