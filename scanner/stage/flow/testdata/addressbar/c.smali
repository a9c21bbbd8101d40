.class final Lorg/apkscan/test/ab/c;
.super Ljava/lang/Object;

# A helper reading any text view's text.
.method static text(Landroid/widget/TextView;)Ljava/lang/String;
    .registers 2
    invoke-virtual {p0}, Landroid/widget/TextView;->getText()Ljava/lang/CharSequence;
    move-result-object v0
    invoke-interface {v0}, Ljava/lang/CharSequence;->toString()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method
