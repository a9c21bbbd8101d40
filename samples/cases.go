package samples

import (
	"slices"
	"strings"
)

// Case is one sample APK and facts it was built to contain. The lists are
// subsets chosen for tests to assert on, not exhaustive inventories; README.md
// and the sources under src/<Name>/ are the full story.
type Case struct {
	// Name is the file stem: <Name>.apk, sources in src/<Name>/.
	Name string
	// Package is the manifest package attribute.
	Package string
	// Dex lists the dex entries in archive order.
	Dex []string
	// Defined are class descriptors with a class_def in some dex.
	Defined []string
	// Referenced are class descriptors used by code but defined in no dex.
	Referenced []string
	// Strings occur verbatim (UTF-8, or UTF-16LE in binary XML) in some entry.
	Strings []string
	// Permissions are uses-permission names (complete list).
	Permissions []string
	// Absent occur in no entry at all (negative controls).
	Absent []string
	// Files are archive entries other than the manifest and dex files.
	Files []string
	// Blocklists are the text entries that are ad/tracker block lists
	// (complete list): the scanner reads no strings from them.
	Blocklists []string
}

const (
	sensorsAPI      = "Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;"
	sensorsProvider = "Lcom/sensorsdata/analytics/android/sdk/SensorsDataContentProvider;"
	sensorsOptions  = "Lcom/sensorsdata/analytics/android/sdk/SAConfigOptions;"
	permInternet    = "android.permission.INTERNET"
)

var oneDex = []string{"classes.dex"}

// Cases lists every sample, in file-name order.
var Cases = byName(append(twins(twinned), single...))

// single lists the cases built once.
var single = []Case{
	{
		Name: "base64-android-id", Package: "org.apkscan.sample.base64id", Dex: oneDex,
		Defined:     []string{"Lorg/apkscan/sample/base64id/MainActivity;"},
		Strings:     []string{"https://collect.base64id.apkscan.invalid/c?d=", "android_id", "encodeToString"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
		Absent:      []string{"javax/crypto", "sensorsdata"},
	},
	{
		Name: "blocklists", Package: "org.apkscan.sample.blocklists", Dex: oneDex,
		Defined:     []string{"Lorg/apkscan/sample/blocklists/MainActivity;"},
		Strings:     []string{"Blocking ads with bundled lists", "shield/nullroute", "https://api.mixpanel.com/track", "Blocklists Sample"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc", "assets/config.json"},
		Blocklists:  []string{"assets/shield/nullroute", "assets/www/f1.txt", "res/raw/shield_domains.txt"},
	},
	{
		Name: "diff-v1", Package: "org.apkscan.sample.diff", Dex: oneDex,
		Defined:     []string{sensorsAPI, sensorsOptions, sensorsProvider, "Lorg/apkscan/sample/diff/MainActivity;"},
		Strings:     []string{"https://diff.datasink.sensorsdata.cn/sa?project=diff", "diff-v1-start"},
		Permissions: []string{permInternet, "android.permission.CAMERA"},
		Files:       []string{"resources.arsc"},
		Absent:      []string{"mixpanel", "ACCESS_FINE_LOCATION", "PushReceiver"},
	},
	{
		Name: "diff-v2", Package: "org.apkscan.sample.diff", Dex: []string{"classes.dex", "classes2.dex"},
		Defined: []string{sensorsAPI, sensorsOptions, sensorsProvider, "Lorg/apkscan/sample/diff/MainActivity;",
			"Lorg/apkscan/sample/diff/PushReceiver;", "Lcom/mixpanel/android/mpmetrics/MixpanelAPI;"},
		Strings: []string{"https://diff.datasink.sensorsdata.cn/sa?project=diff", "diff-v1-start",
			"https://api.mixpanel.com/track", "org.apkscan.sample.diff.PushReceiver"},
		Permissions: []string{permInternet, "android.permission.CAMERA", "android.permission.ACCESS_FINE_LOCATION"},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "endpoints", Package: "org.apkscan.sample.endpoints", Dex: oneDex,
		Defined: []string{"Lorg/apkscan/sample/endpoints/StatsReporter;"},
		Strings: []string{
			"https://sa.api.intl.miui.com/sa?project=global_browser_apkscan",
			"https://tracking.miui.com/track/v4",
			"https://data.mistat.xiaomi.com/mistats/v2",
			"https://api.mixpanel.com/track",
			"https://api2.amplitude.com/2/httpapi",
			"https://tsis.jpush.cn",
			"JPush version 4.0.0",
		},
		Permissions: []string{permInternet},
		Files:       []string{"assets/config.json", "resources.arsc", "lib/arm64-v8a/libjpush400.so"},
	},
	{
		Name: "ghost-mode", Package: "org.apkscan.sample.ghostmode", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/PageTracker;", "Lorg/apkscan/sample/browser/GhostMode;"},
		Strings:     []string{"PageVisited", "isIncognito", "isGhostMode"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "hello", Package: "org.apkscan.sample.hello", Dex: oneDex,
		Defined: []string{"Lorg/apkscan/sample/hello/MainActivity;"},
		Strings: []string{"Hello from apkscan", "Hello Sample"},
		Files:   []string{"resources.arsc"},
		Absent:  []string{"sensorsdata", "umeng", "android_id", "https://"},
	},
	{
		Name: "hello-feature", Package: "org.apkscan.sample.hello", Dex: oneDex,
		Defined: []string{"Lorg/apkscan/sample/hello/ShareService;"},
		Strings: []string{"Hello from the share feature"},
		Absent:  []string{"MainActivity", "https://"},
	},
	{
		Name: "identifier-owners", Package: "org.apkscan.sample.owners", Dex: oneDex,
		Defined: []string{sensorsAPI, "Lorg/apkscan/sample/owners/MainActivity;",
			"Lorg/apkscan/sample/owners/compat/PhoneCompat;", "Lcom/sensorsdata/analytics/android/sdk/util/DeviceIds;"},
		Strings:     []string{"android_id", "getDeviceId", "getImei"},
		Permissions: []string{permInternet, "android.permission.READ_PHONE_STATE"},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "identifiers", Package: "org.apkscan.sample.identifiers", Dex: oneDex,
		Defined: []string{
			"Lorg/apkscan/sample/identifiers/MainActivity;",
			"Lorg/apkscan/sample/identifiers/AdIdFetcher;",
			"Lorg/apkscan/sample/identifiers/OaidHelper;",
		},
		Referenced: []string{
			"Lcom/google/android/gms/ads/identifier/AdvertisingIdClient;",
			"Lcom/bun/miitmdid/core/MdidSdkHelper;",
			"Lcom/bun/miitmdid/interfaces/IdSupplier;",
		},
		Strings: []string{"android_id", "getDeviceId", "getImei", "getSubscriberId",
			"getSimSerialNumber", "getMacAddress", "getAdvertisingIdInfo", "getOAID", "SERIAL"},
		Permissions: []string{permInternet, "android.permission.READ_PHONE_STATE",
			"android.permission.ACCESS_FINE_LOCATION", "android.permission.ACCESS_WIFI_STATE"},
	},
	{
		Name: "incognito-caller", Package: "org.apkscan.sample.incognito.caller", Dex: oneDex,
		Defined: []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;",
			"Lorg/apkscan/sample/browser/BrowserSettings;", "Lorg/apkscan/sample/browser/Reporter;"},
		Strings:     []string{"isIncognito", "BrowserPageFinished"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "incognito-early-return", Package: "org.apkscan.sample.incognito.earlyreturn", Dex: oneDex,
		Defined: []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;",
			"Lorg/apkscan/sample/browser/BrowserSettings;", "Lorg/apkscan/sample/browser/Reporter;"},
		Strings:     []string{"isIncognito", "BrowserPageFinished"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "incognito-inverted", Package: "org.apkscan.sample.incognito.inverted", Dex: oneDex,
		Defined: []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;",
			"Lorg/apkscan/sample/browser/BrowserSettings;"},
		Strings:     []string{"isIncognito", "BrowserPageFinished"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "incognito-pref", Package: "org.apkscan.sample.incognito.pref", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/pref/PrefWebViewClient;"},
		Strings:     []string{"private_mode", "getBoolean", "PageStarted", "PageFinished"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "manifest-risks", Package: "org.apkscan.sample.risks", Dex: oneDex,
		Defined: []string{
			"Lorg/apkscan/sample/risks/DeepLinkActivity;",
			"Lorg/apkscan/sample/risks/SyncService;",
			"Lorg/apkscan/sample/risks/DataProvider;",
			"Lorg/apkscan/sample/risks/BootReceiver;",
		},
		Strings: []string{"Risky Sample", "http://insecure.risks.apkscan.invalid/config"},
		Permissions: []string{permInternet, "android.permission.CAMERA",
			"android.permission.READ_CONTACTS", "android.permission.RECORD_AUDIO",
			"android.permission.ACCESS_FINE_LOCATION", "android.permission.RECEIVE_BOOT_COMPLETED"},
		Files: []string{"resources.arsc", "res/xml/network_security_config.xml"},
	},
	{
		Name: "multidex", Package: "org.apkscan.sample.multidex",
		Dex: []string{"classes.dex", "classes2.dex", "classes3.dex"},
		Defined: []string{
			"Lorg/apkscan/sample/multidex/MainActivity;",
			"Lorg/apkscan/sample/multidex/feature/FeatureTwo;",
			"Lorg/apkscan/sample/multidex/extra/ExtraThree;",
		},
		Strings: []string{"multidex-one", "multidex-two: https://two.multidex.apkscan.invalid/ping", "multidex-three"},
	},
	{
		Name: "no-incognito", Package: "org.apkscan.sample.noincognito", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/noincognito/PageTracker;"},
		Strings:     []string{"PageFinished", "onPageFinished"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
		Absent:      []string{"isIncognito", "private_mode"},
	},
	{
		Name: "page-action", Package: "org.apkscan.sample.pageaction", Dex: oneDex,
		Defined:     []string{"Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/MainActivity;", "Lorg/apkscan/sample/browser/HistoryStore;"},
		Strings:     []string{"https://translate.example.net/translate?u="},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "scheme-check-bypass", Package: "org.apkscan.sample.schemecheck.bypass", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/UriReporter;"},
		Referenced:  []string{"Landroid/net/Uri;"},
		Strings:     []string{"https://meta.schemecheck.apkscan.invalid/lookup?u=", "https"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "scheme-check-guarded", Package: "org.apkscan.sample.schemecheck.guarded", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/UriReporter;"},
		Referenced:  []string{"Landroid/net/Uri;"},
		Strings:     []string{"https://meta.schemecheck.apkscan.invalid/lookup?u=", "file"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "taint-bounds", Package: "org.apkscan.sample.bounds", Dex: oneDex,
		Defined: []string{"Lorg/apkscan/sample/bounds/MainActivity;", "Lorg/apkscan/sample/bounds/Chain;",
			"Lorg/apkscan/sample/bounds/Relays;", "Lorg/apkscan/sample/bounds/Handler;", "Lorg/apkscan/sample/bounds/Impl69;"},
		Strings:     []string{"getDeviceId", "getSubscriberId", "bounds"},
		Permissions: []string{"android.permission.READ_PHONE_STATE"},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "tracker-sensors", Package: "org.apkscan.sample.tracker", Dex: oneDex,
		Defined: []string{sensorsAPI, sensorsOptions, sensorsProvider,
			"Lorg/apkscan/sample/tracker/MainActivity;"},
		Referenced: []string{"Lcom/umeng/analytics/MobclickAgent;"},
		Strings: []string{"https://sdkdebugtest.datasink.sensorsdata.cn/sa?project=default",
			"UMENG_APPKEY", "com.sensorsdata.analytics.android.sdk.SensorsDataContentProvider"},
		Permissions: []string{permInternet, "android.permission.ACCESS_NETWORK_STATE"},
	},
}

// twinned lists the cases built twice from one source tree but for an
// incognito check: <Name>-bypass (the bug on purpose) and <Name>-guarded,
// packages <Package>.bypass and <Package>.guarded, with the same facts.
var twinned = []Case{
	{
		Name: "async-asynctask", Package: "org.apkscan.sample.async.asynctask", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/PageTracker;", "Lorg/apkscan/sample/browser/UploadTask;"},
		Referenced:  []string{"Landroid/os/AsyncTask;"},
		Strings:     []string{"PageVisited", "isIncognito", "doInBackground"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "async-coroutine", Package: "org.apkscan.sample.async.coroutine", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/PageTracker;", "Lorg/apkscan/sample/browser/TrackingWebViewClient$onPageFinished$1;"},
		Referenced:  []string{"Lkotlinx/coroutines/BuildersKt;", "Lkotlin/coroutines/jvm/internal/SuspendLambda;"},
		Strings:     []string{"PageVisited", "isIncognito", "invokeSuspend", "launch$default"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "async-executor", Package: "org.apkscan.sample.async.executor", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/PageTracker;", "Lorg/apkscan/sample/browser/Uploader;"},
		Referenced:  []string{"Ljava/util/concurrent/ExecutorService;"},
		Strings:     []string{"PageVisited", "isIncognito", "newSingleThreadExecutor"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "async-handler", Package: "org.apkscan.sample.async.handler", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/PageTracker;", "Lorg/apkscan/sample/browser/Uploader;"},
		Referenced:  []string{"Landroid/os/Handler;"},
		Strings:     []string{"PageVisited", "isIncognito", "postDelayed"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "async-lambda", Package: "org.apkscan.sample.async.lambda", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/PageTracker;", "Lorg/apkscan/sample/browser/TrackingWebViewClient$$ExternalSyntheticLambda0;"},
		Strings:     []string{"PageVisited", "isIncognito", "lambda$onPageFinished$0", "f$0"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "async-thread", Package: "org.apkscan.sample.async.thread", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/PageTracker;", "Lorg/apkscan/sample/browser/Uploader;"},
		Referenced:  []string{"Ljava/lang/Thread;"},
		Strings:     []string{"PageVisited", "isIncognito", "val$url"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "engine-wrapper", Package: "org.apkscan.sample.wrapped", Dex: oneDex,
		Defined: []string{"Lorg/apkscan/sample/wrapped/MainActivity;", "Lorg/apkscan/sample/wrapped/CoreClient;",
			"Lorg/apkscan/sample/webcore/WebView;", "Lorg/apkscan/sample/webcore/WebViewClient;", "Lorg/apkscan/sample/webcore/Engine;", sensorsAPI},
		Strings:     []string{"incognito", "history", "getTitle", "https://www.example.org/"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "engines", Package: "org.apkscan.sample.engines", Dex: oneDex,
		Defined: []string{"Lorg/apkscan/sample/engines/MainActivity;", "Lorg/apkscan/sample/engines/X5Client;", "Lorg/apkscan/sample/engines/Nav;",
			"Lcom/tencent/smtt/sdk/WebView;", "Lcom/tencent/smtt/sdk/WebViewClient;", "Lorg/mozilla/geckoview/GeckoSession;", sensorsAPI},
		Strings:     []string{"incognito", "history", "https://www.example.org/"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "incognito", Package: "org.apkscan.sample.incognito", Dex: oneDex,
		Defined: []string{sensorsAPI, sensorsOptions, sensorsProvider,
			"Lorg/apkscan/sample/browser/TrackingWebViewClient;",
			"Lorg/apkscan/sample/browser/BrowserSettings;"},
		Strings:     []string{"isIncognito", "encodeToString", "android_id", "BrowserPageFinished"},
		Permissions: []string{permInternet},
	},
	{
		Name: "page-errors", Package: "org.apkscan.sample.pageerrors", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/PageTracker;"},
		Referenced:  []string{"Landroid/webkit/WebResourceRequest;"},
		Strings:     []string{"PageVisited", "isIncognito", "onReceivedError"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "post-body", Package: "org.apkscan.sample.postbody", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/BodyPoster;"},
		Referenced:  []string{"Ljavax/net/ssl/HttpsURLConnection;", "Ljava/io/BufferedWriter;"},
		Strings:     []string{"https://collect.postbody.apkscan.invalid/v1/visit", "getOutputStream"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "queue-upload", Package: "org.apkscan.sample.queueupload", Dex: oneDex,
		Defined:     []string{"Lb/a;", "Lb/e;", "Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/MainActivity;"},
		Referenced:  []string{"Ljava/util/TimerTask;", "Ljava/util/LinkedList;", "Landroid/util/Base64;", "Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;"},
		Strings:     []string{"https://tracking.intl.miui.com/track/v4", "imei", "url"},
		Permissions: []string{permInternet, "android.permission.READ_PHONE_STATE"},
		Files:       []string{"resources.arsc"},
		Absent:      []string{"javax/crypto"},
	},
	{
		Name: "renamed-http", Package: "org.apkscan.sample.renamed", Dex: oneDex,
		Defined:     []string{"Lorg/apkscan/sample/renamed/MainActivity;", "Lorg/apkscan/sample/renamed/b;", "Lokhttp3/y$a;", "Lokhttp3/r$a;", "Lokhttp3/w;"},
		Strings:     []string{"https://stats.renamed.apkscan.invalid/v?u=", "ws:", "wss:", "incognito"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
		Absent:      []string{"Lokhttp3/Request$Builder;", "Lokhttp3/OkHttpClient;"},
	},
	{
		Name: "address-bar", Package: "org.apkscan.sample.addressbar", Dex: oneDex,
		Defined:     []string{"Lorg/apkscan/sample/addressbar/a;", "Lorg/apkscan/sample/addressbar/b;", "Lorg/apkscan/sample/addressbar/c;"},
		Referenced:  []string{"Landroid/widget/TextView$OnEditorActionListener;", "Landroid/util/Base64;"},
		Strings:     []string{"https://sa.api.addressbar.apkscan.invalid/sa?project=browser", "incognito_mode", "Search or type web address"},
		Permissions: []string{permInternet, "android.permission.READ_PHONE_STATE"},
		Files:       []string{"res/layout/b.xml", "resources.arsc"},
		Absent:      []string{"sensorsdata", "javax/crypto"},
	},
	{
		Name: "search-upload", Package: "org.apkscan.sample.searchupload", Dex: oneDex,
		Defined:     []string{"Lorg/apkscan/sample/search/SearchActivity;", "Lorg/apkscan/sample/search/SearchListener;", "Lorg/apkscan/sample/search/StatsUploader;"},
		Referenced:  []string{"Landroid/widget/SearchView;", "Landroid/util/Base64;"},
		Strings:     []string{"https://sa.api.intl.miui.com/sa?project=global_browser_search", "android_id", "onQueryTextSubmit"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
		Absent:      []string{"sensorsdata", "javax/crypto"},
	},
	{
		Name: "tab-state", Package: "org.apkscan.sample.tabstate", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/Tab;", "Lorg/apkscan/sample/browser/PageTracker;"},
		Strings:     []string{"PageVisited", "isIncognito", "onLoaded", "mUrl"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
	{
		Name: "vendor-callback", Package: "org.apkscan.sample.vendorcallback", Dex: oneDex,
		Defined:     []string{sensorsAPI, "Lorg/apkscan/sample/browser/TrackingWebViewClient;", "Lorg/apkscan/sample/browser/PageTracker;"},
		Strings:     []string{"onPageVisited", "PageVisited"},
		Permissions: []string{permInternet},
		Files:       []string{"resources.arsc"},
	},
}

// twins makes each case's two builds (see twinned).
func twins(cs []Case) []Case {
	var out []Case
	for _, c := range cs {
		for _, v := range []string{"bypass", "guarded"} {
			t := c
			t.Name, t.Package = c.Name+"-"+v, c.Package+"."+v
			out = append(out, t)
		}
	}
	return out
}

// byName sorts cases by name.
func byName(cs []Case) []Case {
	slices.SortFunc(cs, func(a, b Case) int { return strings.Compare(a.Name, b.Name) })
	return cs
}
