.class final Lorg/apkscan/test/pe/OpenTask;
.super Landroid/os/AsyncTask;

# Returns the URL it is given; onPostExecute sends its result.

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/os/AsyncTask;-><init>()V
    return-void
.end method

.method protected varargs doInBackground([Ljava/lang/Object;)Ljava/lang/Object;
    .registers 3
    const/4 v0, 0
    aget-object v0, p1, v0
    return-object v0
.end method

.method protected onPostExecute(Ljava/lang/Object;)V
    .registers 5
    new-instance v0, Lorg/json/JSONObject;
    invoke-direct {v0}, Lorg/json/JSONObject;-><init>()V
    const-string v1, "url"
    invoke-virtual {v0, v1, p1}, Lorg/json/JSONObject;->put(Ljava/lang/String;Ljava/lang/Object;)Lorg/json/JSONObject;
    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;
    move-result-object v1
    const-string v3, "page"
    invoke-virtual {v1, v3, v0}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;Lorg/json/JSONObject;)V
    return-void
.end method
