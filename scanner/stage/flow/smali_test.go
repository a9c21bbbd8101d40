package flow

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/axml"
)

const queueSink = "Ljava/io/OutputStream;->write on the stream of Ljava/net/HttpURLConnection;->getOutputStream in Lorg/apkscan/test/queue/Tracker;->post(Ljava/lang/String;)V"

// activities are the manifest activities of the smali cases that have
// any, by case.
var activities = map[string][]string{
	"livefield":        {"org.apkscan.test.lf.App"},
	"ownprovider":      {"org.apkscan.test.op.App"},
	"providerint":      {"org.apkscan.test.pi.App"},
	"lazyflag":         {"org.apkscan.test.lz.Main"},
	"jobextras":        {"org.apkscan.test.je.App"},
	"atomicref":        {"org.apkscan.test.ar.App"},
	"actionbroadcast":  {"org.apkscan.test.ab.App"},
	"trackerswitch":    {"org.apkscan.test.tsw.App"},
	"vmfactory":        {"org.apkscan.test.vf.Main"},
	"savedhandle":      {"org.apkscan.test.svh.Main"},
	"applycopy":        {"org.apkscan.test.ac.Main"},
	"preffiles":        {"org.apkscan.test.pf.Main"},
	"cleared":          {"org.apkscan.test.cl.Main"},
	"mapcopy":          {"org.apkscan.test.mc.Main"},
	"mapkeys":          {"org.apkscan.test.mk.Main"},
	"fieldtargets":     {"org.apkscan.test.ft.App"},
	"accounttype":      {"org.apkscan.test.at.Main"},
	"statickey":        {"org.apkscan.test.sk.Main"},
	"datacopy":         {"org.apkscan.test.dcp.Main"},
	"objectgetter":     {"org.apkscan.test.og.Main"},
	"printed":          {"org.apkscan.test.pr.Main"},
	"jsbridge":         {"org.apkscan.test.jb.App"},
	"jsbridgeapp":      {"org.apkscan.test.ja.App"},
	"foreach":          {"org.apkscan.test.fe.Main"},
	"privhelper":       {"org.apkscan.test.ph.App"},
	"privateactivity":  {"org.apkscan.test.pa.BrowserActivity", "org.apkscan.test.pa.IncognitoActivity"},
	"settingsactivity": {"org.apkscan.test.sa.MainActivity", "org.apkscan.test.sa.IncognitoSettingsActivity"},
	"actionactivity":   {"org.apkscan.test.aa.BrowserActivity", "org.apkscan.test.aa.ShadowActivity"},
	"renamedstate":     {"org.apkscan.test.rs.a"},
	"privatetab":       {"org.apkscan.test.pt.a"},
	"publictab":        {"org.apkscan.test.pu.a"},
	"searchintent":     {"org.apkscan.test.si.SearchActivity"},
	"geckoprivate":     {"org.apkscan.test.gp.Main"},
	"ownservice":       {"org.apkscan.test.svc.Main"},
	"setclass":         {"org.apkscan.test.sc2.Main"},
	"moredispatch":     {"org.apkscan.test.md.Main"},
	"sdkapis":          {"org.apkscan.test.sa.Main"},
	"keysonly":         {"org.apkscan.test.ko.Main"},
	"chainedput":       {"org.apkscan.test.cp.Main"},
	"handedobject":     {"org.apkscan.test.ho.Main"},
	"nullsafe":         {"org.apkscan.test.ns.Main"},
	"nullobject":       {"org.apkscan.test.no.Main"},
	"listenerstate":    {"org.apkscan.test.ls.Main"},
	"paramout":         {"org.apkscan.test.po.Main"},
	"plainhandler":     {"org.apkscan.test.ph.Main"},
	"localstore":       {"org.apkscan.test.lst.Main"},
	"textwatcher":      {"org.apkscan.test.tw.Main"},
	"thrown":           {"org.apkscan.test.th.Main"},
	"progress":         {"org.apkscan.test.pg.Main"},
	"extrakey":         {"org.apkscan.test.ek.Main", "org.apkscan.test.ek.Second"},
	"putextras":        {"org.apkscan.test.ek.Main", "org.apkscan.test.ek.Second"},
	"volleyparams":     {"org.apkscan.test.vp.Main"},
	"analyticsqueue":   {"org.apkscan.test.aq.Main"},
	"serialised":       {"org.apkscan.test.gs.Main"},
	"ordering":         {"org.apkscan.test.ord.Main"},
	"nothrow":          {"org.apkscan.test.nt.Main"},
	"twodeep":          {"org.apkscan.test.two.Main"},
	"castbridge":       {"org.apkscan.test.cb.Main"},
	"stepcrypto":       {"org.apkscan.test.sc.Main"},
	"tabreport":        {"org.apkscan.test.tr.Main"},
	"pagestate":        {"org.apkscan.test.ps.Main"},
	"searchhost":       {"org.apkscan.test.sh.Main"},
	"intercept":        {"org.apkscan.test.ic.Main"},
	"fragargs":         {"org.apkscan.test.fa.Main"},
	"fileback":         {"org.apkscan.test.fb.Main"},
	"filename":         {"org.apkscan.test.fn.Main"},
	"clouddb":          {"org.apkscan.test.cdb.Main"},
	"personal":         {"org.apkscan.test.pd.Main"},
	"chromium":         {"com.example.browser.Main"},
	"mozac":            {"com.example.fox.Main"},
	"actionintent":     {"org.apkscan.test.ai.Main", "org.apkscan.test.ai.Shown"},
	"intentpage":       {"org.apkscan.test.ip.Main", "org.apkscan.test.ip.Stats", "org.apkscan.test.ip.Share"},
	"inapp":            {"org.apkscan.test.ia.Main", "org.apkscan.test.ia.Note"},
	"ownactivity":      {"org.apkscan.test.oa.Main", "org.apkscan.test.oa.Details", "org.apkscan.test.oa.Isolated"},
	"x5private":        {"org.apkscan.test.x5.a"},
	"uistate":          {"org.apkscan.test.ui.a"},
	"uivalue":          {"org.apkscan.test.uv.a"},
	"uihelper":         {"org.apkscan.test.ui.a"},
	"toggle":           {"org.apkscan.test.tg.a"},
	"menuaction":       {"org.apkscan.test.menu.a"},
	"menulabel":        {"org.apkscan.test.ml.a"},
	"addressbar":       {"org.apkscan.test.ab.a"},
	"typedform":        {"org.apkscan.test.tf.a"},
	"r8coroutine":      {"o.m"},
	"shrunkbrowser":    {"o.a"},
	"shrunkguarded":    {"o.a"},
	"sealedui":         {"o.a"},
	"enumui":           {"o.a"},
	"extramode":        {"org.apkscan.test.em.Main"},
	"prefkeys":         {"org.apkscan.test.pk.Main"},
	"tabstate":         {"org.apkscan.test.ts.Main"},
	"liveimpl":         {"org.apkscan.test.li.Main"},
	"deadcode":         {"org.apkscan.test.dc.Main"},
	"buildflags":       {"org.apkscan.test.bf.Main"},
	"subclasstab":      {"org.apkscan.test.st.App"},
	"overwrite":        {"org.apkscan.test.ow.Main"},
	"privatevalue":     {"org.apkscan.test.pv.App"},
	"enumbody":         {"org.apkscan.test.eb.App"},
	"enumvalues":       {"org.apkscan.test.ev.App"},
	"openedlink":       {"org.apkscan.test.ol.Main", "org.apkscan.test.ol.Deep"},
	"counts":           {"org.apkscan.test.ct.Main"},
	"compatsdk":        {"org.apkscan.test.cs.Main"},
}

// minSdk is the manifest's minSdkVersion of the cases that set one.
var minSdk = map[string]int{"compatsdk": 21}

// services are the manifest services and receivers of the smali cases
// that have any, by case: an explicit intent starts only declared ones.
var services = map[string][]axml.Component{
	"jobextras": {
		{Kind: axml.KindService, Name: "org.apkscan.test.je.Upload", Enabled: true},
		{Kind: axml.KindService, Name: "org.apkscan.test.je.Audit", Enabled: true},
		{Kind: axml.KindService, Name: "org.apkscan.test.je.Checked", Enabled: true},
	},
	"ownprovider": {
		{Kind: axml.KindProvider, Name: "org.apkscan.test.op.Visits", Enabled: true, Authorities: []string{"org.apkscan.test.op.visits"}},
		{Kind: axml.KindProvider, Name: "org.apkscan.test.op.Stats", Enabled: true, Authorities: []string{"org.apkscan.test.op.stats"}},
	},
	"providerint": {
		{Kind: axml.KindProvider, Name: "org.apkscan.test.pi.Visits", Enabled: true, Authorities: []string{"org.apkscan.test.pi.visits"}},
		{Kind: axml.KindProvider, Name: "org.apkscan.test.pi.Stats", Enabled: true, Authorities: []string{"org.apkscan.test.pi.stats"}},
	},
	"actionbroadcast": {
		{Kind: axml.KindReceiver, Name: "org.apkscan.test.ab.Stats", Enabled: true,
			IntentFilters: []axml.IntentFilter{{Actions: []string{"org.apkscan.test.ab.STATS"}}}},
		{Kind: axml.KindReceiver, Name: "org.apkscan.test.ab.Audit", Enabled: true,
			IntentFilters: []axml.IntentFilter{{Actions: []string{"org.apkscan.test.ab.AUDIT"}}}},
	},
	"ownservice": {
		{Kind: axml.KindReceiver, Name: "org.apkscan.test.svc.Ping", Enabled: true},
		{Kind: axml.KindService, Name: "org.apkscan.test.svc.Stats", Enabled: true},
		{Kind: axml.KindService, Name: "org.apkscan.test.svc.Upload", Enabled: true},
		{Kind: axml.KindService, Name: "org.apkscan.test.svc.Off", Enabled: false},
	},
	"moredispatch": {
		{Kind: axml.KindReceiver, Name: "org.apkscan.test.md.Alarm", Enabled: true},
		{Kind: axml.KindService, Name: "org.apkscan.test.md.Job", Enabled: true},
		{Kind: axml.KindReceiver, Name: "org.apkscan.test.md.Receiver", Enabled: true},
	},
	"setclass": {
		{Kind: axml.KindService, Name: "org.apkscan.test.sc2.ByClass", Enabled: true},
		{Kind: axml.KindService, Name: "org.apkscan.test.sc2.ByComponent", Enabled: true},
		{Kind: axml.KindService, Name: "org.apkscan.test.sc2.ByName", Enabled: true},
	},
	"extramode": {
		{Kind: axml.KindService, Name: "org.apkscan.test.em.Count", Enabled: true},
		{Kind: axml.KindService, Name: "org.apkscan.test.em.Report", Enabled: true},
	},
	"inapp": {
		{Kind: axml.KindReceiver, Name: "org.apkscan.test.ia.Receiver", Enabled: true},
		{Kind: axml.KindService, Name: "org.apkscan.test.ia.Svc", Enabled: true},
	},
}

// actions are the intent-filter actions of those activities, by class.
var actions = map[string][]string{
	"org.apkscan.test.aa.ShadowActivity": {"org.apkscan.test.aa.action.NEW_PRIVATE_TAB"},
	"org.apkscan.test.ai.Shown":          {"org.apkscan.test.ai.SHOW", "android.intent.action.SEND"},
}

// filters are the intent filters of those activities, by class, where
// they need data (an action's own filter comes from actions).
var filters = map[string][]axml.IntentFilter{
	"org.apkscan.test.ol.Main": {{Actions: []string{"android.intent.action.VIEW"},
		Data: []axml.IntentData{{Scheme: "http"}, {Scheme: "https"}}}},
	"org.apkscan.test.ol.Deep": {{Actions: []string{"android.intent.action.VIEW"},
		Data: []axml.IntentData{{Scheme: "https"}, {Host: "example.com"}}}},
}

// TestSmaliCases runs the analysis on small dex files built from the smali
// beside them (testdata/<case>/classes.dex, `smali assemble -j 1`), with
// no manifest but an application class: entries are what the framework
// makes on its own.
func TestSmaliCases(t *testing.T) {
	for _, tt := range []struct {
		dir  string
		app  string // the manifest's application class, if any
		want []string
	}{
		// A framework subclass of Fragment (ListFragment) that only a
		// layout makes has entry points like a Fragment's; setResult(int,
		// Intent) is a sink for its Intent, the second argument.
		{"framework", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/app/Activity;->setResult",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// An anonymous listener reads its outer object's field through
		// this$0.
		{"outer", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/telephony/SmsManager;->sendTextMessage",
		}},
		// An encoder the app bundles reads its alphabet at an index the
		// data gives: the value is encoded, not lost.
		{"table", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/net/URL;->openConnection",
			"flow-weak-encoding Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/net/URL;->openConnection",
		}},
		// An interface call on what a factory returns runs the class the
		// factory always makes, not every implementation; a call on an
		// object just made runs its class's method, not a subclass's.
		{"factory", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// Xiaomi's OneTrack, Analytics and MiStat 3 ingest APIs are
		// tracker sinks; Action.addParam and MiStatParams.putString fill
		// the event.
		{"onetrack", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Lcom/xiaomi/analytics/Tracker;->track",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Lcom/xiaomi/onetrack/OneTrack;->track",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Lcom/xiaomi/stat/MiStat;->trackEvent",
		}},
		// A Retrofit service method (its @GET read at run time) sends
		// its arguments; an unannotated one is no request.
		{"retrofit", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Lorg/apkscan/test/retrofit/Api;->track (@Lretrofit2/http/GET;)",
		}},
		// Tencent's MMKV as the preferences: a value encoded under a key is
		// decoded elsewhere (a leak); decodeBool("incognito_mode") guards
		// one client's page tracking, and the app's own SharedPreferences
		// class's getBoolean("private_browsing") the other's (no bypass,
		// and no browsing data: the app has an incognito mode).
		{"mmkv", "org.apkscan.test.mmkv.App", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// Private browsing as an activity of its own: both activities
		// make the same tab, whose client tells the activity about each
		// page. The normal activity's tracking never runs in incognito
		// mode (and the app has one, so it is no browsing-data finding
		// either); the private activity's page check is a bypass.
		{"privateactivity", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/net/URL;->openConnection",
		}},
		// The same with the private activity named otherwise: the action
		// it handles (NEW_PRIVATE_TAB) says it is the incognito one.
		{"actionactivity", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/net/URL;->openConnection",
		}},
		// A shrunk browser: no name says incognito. Its private tab hands
		// what the tab's getter returns to WebView's private-browsing
		// constructor through a WebView subclass, so the field the getter
		// reads is the state: the tracking it guards (directly, and through a getter)
		// is no finding, the check that follows it a bypass.
		{"renamedstate", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/net/URL;->openConnection",
		}},
		// A menu toggling the mode (incognito = !incognito, a xor with 1)
		// leaves the field's test a guard.
		{"toggle", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/net/URL;->openConnection",
		}},
		// The same browser with nothing but its tab's title to show the
		// mode: the flag picks R.string.incognito_tab_title (the case's
		// resources.arsc) where it is true, so it is the state.
		{"uistate", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/net/URL;->openConnection",
		}},
		// Or through a helper each side calls, one setting the private
		// tab's title.
		{"uihelper", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/net/URL;->openConnection",
		}},
		// Or, with the resources' names shrunk too, the title's text
		// (无痕浏览, "traceless browsing").
		{"uivalue", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/net/URL;->openConnection",
		}},
		// Or a renamed Kotlin sealed class whose `mode is p` picks the
		// private tab's title: p is the mode's class.
		{"sealedui", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/net/URL;->openConnection",
		}},
		// Or a renamed enum whose `mode == b` picks it: b is the mode's
		// constant.
		{"enumui", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/net/URL;->openConnection",
		}},
		// Or nothing but the menu items that toggle the mode and open a
		// private tab (R.id.menu_incognito, R.id.menu_private_tab): the
		// flags they turn on (in a switch's case, or in a method called
		// with true) guard; the flag the settings item sets does not.
		{"menuaction", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackTimerEnd",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/net/URL;->openConnection",
		}},
		// The same with the resources' names shrunk: the items' titles in
		// the menu file (moved to r/ as AndResGuard moves it) say what they
		// are for.
		{"menulabel", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackTimerEnd",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/net/URL;->openConnection",
		}},
		// What is typed into the address bar (the layout's textUri input),
		// read from the view kept in a field when the user presses Go:
		// sent to MiStat in either mode (a bypass), and through a helper to
		// Sensors, to the search server only outside incognito mode; a
		// key listener set on the bar reads the view it is given; another
		// field's text (its own key listener's too), and the bar's
		// description, are no browsing data. A search box (text whose
		// keyboard action is Search) is read like the bar, except by a
		// bundled library's widget reading its own. Views made in code and
		// given textUri or actionSearch are bars too, plain text is not;
		// a TextWatcher on a bar is given its text.
		{"addressbar", "", []string{
			"flow-incognito-bypass Landroid/text/TextWatcher;->afterTextChanged parameter 0 of a view given setInputType(0x11) -> Lcom/flurry/android/FlurryAgent;->logEvent",
			"flow-incognito-bypass Landroid/widget/EditText;->getText of a view given setImeOptions(0x3) -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->login",
			"flow-incognito-bypass Landroid/widget/EditText;->getText of a view given setInputType(0x11) -> Lcom/umeng/analytics/MobclickAgent;->onProfileSignIn",
			"flow-incognito-bypass Landroid/widget/EditText;->getText of view 0x7f030000 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-incognito-bypass Landroid/widget/EditText;->getText of view 0x7f030000 -> Lcom/xiaomi/stat/MiStat;->trackEvent",
			"flow-incognito-bypass Landroid/widget/TextView;->getText of view 0x7f030000 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackTimerEnd",
			"flow-incognito-bypass Landroid/widget/TextView;->getText of view 0x7f030002 -> Lcom/umeng/analytics/MobclickAgent;->onEvent",
		}},
		// A form's email and name fields (by their layout's inputType):
		// the email sent to the form's server is no finding, given to
		// Mixpanel it is; the name logged is; a plain text field's
		// contents are not personal data. The same fields found through a
		// Kotlin synthetic accessor and a view binding's lookup (the id a
		// constant only at their call) leak too. The clipboard's text counts
		// at Mixpanel, not in the log. A phone field found through the
		// Material TextInputLayout around it (getEditText) is logged. A
		// search box's query in this app without an incognito mode counts
		// at Mixpanel (browsing data), not in the request to its search.
		{"typedform", "", []string{
			"flow-browsing-data Landroid/widget/EditText;->getText of view 0x7f030006 -> Lcom/mixpanel/android/mpmetrics/MixpanelAPI;->trackMap",
			"flow-leak Landroid/content/ClipboardManager;->getPrimaryClip -> Lcom/mixpanel/android/mpmetrics/MixpanelAPI;->registerSuperProperties",
			"flow-leak Landroid/widget/EditText;->getText of view 0x7f030000 -> Lcom/mixpanel/android/mpmetrics/MixpanelAPI;->alias",
			"flow-leak Landroid/widget/EditText;->getText of view 0x7f030000 -> Lcom/mixpanel/android/mpmetrics/MixpanelAPI;->identify",
			"flow-leak Landroid/widget/EditText;->getText of view 0x7f030001 -> Landroid/util/Log;->i",
			"flow-leak Landroid/widget/EditText;->getText of view 0x7f030001 -> Landroid/util/Log;->w",
			"flow-leak Landroid/widget/EditText;->getText of view 0x7f030004 -> Landroid/util/Log;->d",
		}},
		// Coroutines with kotlinx.coroutines renamed by R8, so no dispatch
		// rule knows launch: the library's worker resumes every body from
		// every launch. A body (known by kotlinc's message) runs where its
		// lambda is made, so the guard around the launch counts both for
		// the URL the lambda captures and for the page the body reads
		// itself: the guarded launch's tracking is no bypass, the
		// unguarded one's is.
		{"r8coroutine", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebView;->getUrl -> Lcom/umeng/analytics/MobclickAgent;->onEventValue",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen",
		}},
		// The 2020 case as a shrinker leaves it, end to end: a toggled
		// renamed flag found by its menu item guards history only; every
		// page and the first SIM's IMEI (MIUI's TelephonyManager) are
		// Base64-encoded into a POST body from a thread, the pages shown
		// by MIUI's WebView.
		{"shrunkbrowser", "", []string{
			"flow-incognito-bypass Lcom/miui/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/io/OutputStream;->write on the stream of Ljava/net/HttpURLConnection;->getOutputStream in Lo/d;->run()V",
			"flow-leak Lmiui/telephony/TelephonyManager;->getImeiForSlot -> Ljava/io/OutputStream;->write on the stream of Ljava/net/HttpURLConnection;->getOutputStream in Lo/d;->run()V",
			"flow-weak-encoding Lcom/miui/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/io/OutputStream;->write on the stream of Ljava/net/HttpURLConnection;->getOutputStream in Lo/d;->run()V",
			"flow-weak-encoding Lmiui/telephony/TelephonyManager;->getImeiForSlot -> Ljava/io/OutputStream;->write on the stream of Ljava/net/HttpURLConnection;->getOutputStream in Lo/d;->run()V",
		}},
		// Its twin posts from the thread only outside incognito mode: no
		// bypass, the IMEI still leaks.
		{"shrunkguarded", "", []string{
			"flow-leak Lmiui/telephony/TelephonyManager;->getImeiForSlot -> Ljava/io/OutputStream;->write on the stream of Ljava/net/HttpURLConnection;->getOutputStream in Lo/d;->run()V",
			"flow-weak-encoding Lmiui/telephony/TelephonyManager;->getImeiForSlot -> Ljava/io/OutputStream;->write on the stream of Ljava/net/HttpURLConnection;->getOutputStream in Lo/d;->run()V",
		}},
		// A private WebView, made from the menu, is the only sign of the
		// mode, and nothing tests it: every page's tracking is a bypass.
		// Its twin makes the WebView private with false only: no mode,
		// browsing data.
		{"privatetab", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen",
		}},
		{"publictab", "", []string{
			"flow-browsing-data Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen",
		}},
		// The same on Tencent's X5 WebView, whose constructor copies the
		// platform's.
		{"x5private", "", []string{
			"flow-incognito-bypass Lcom/tencent/smtt/sdk/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen",
		}},
		// The same with GeckoView: a session made with
		// usePrivateMode(true), a builder's setter named like the mode.
		{"geckoprivate", "", []string{
			"flow-incognito-bypass Lorg/mozilla/geckoview/GeckoSession$NavigationDelegate;->onLocationChange parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen",
		}},
		// A search activity's query: the ACTION_SEARCH intent's (not
		// another extra of it) and its search box's. An extra of another
		// key passes on what was put under it.
		{"searchintent", "", []string{
			"flow-browsing-data Landroid/content/Intent;->getStringExtra -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen",
			"flow-browsing-data Landroid/widget/SearchView;->getQuery -> Lcom/xiaomi/stat/MiStat;->trackEvent",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// A builder's setter returns the builder holding the device id;
		// build() makes the event from it.
		{"builder", "org.apkscan.test.builder.App", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// Gzipped into a byte buffer, then Base64: a weak encoding.
		{"gzipbuffer", "org.apkscan.test.gzip.App", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/net/URL;->openConnection",
			"flow-weak-encoding Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/net/URL;->openConnection",
		}},
		// Cronet's request URL and upload body; loopj's request parameters.
		{"cronet", "org.apkscan.test.cr.App", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Lcom/loopj/android/http/AsyncHttpClient;->post",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Lorg/chromium/net/CronetEngine;->newUrlRequestBuilder",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Lorg/chromium/net/UrlRequest$Builder;->setUploadDataProvider",
		}},
		// MIUI's TelephonyManager: one slot's IMEI and every slot's.
		{"miuiid", "org.apkscan.test.miui.App", []string{
			"flow-leak Lmiui/telephony/TelephonyManager;->getImeiForSlot -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-leak Lmiui/telephony/TelephonyManager;->getImeiList -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// Explicit intents to the app's own components: a service started
		// with the page URL in an extra tracks it (Stats, only outside
		// incognito mode: no finding) or sends it (Upload, an
		// IntentService, always: a bypass; Work, a JobIntentService given
		// the class and the intent, too; Off, disabled in the manifest,
		// never); the device id sent to the app's
		// own receiver is logged there, and no intent leaves the app. Of
		// two activity starts with the device id, the implicit intent's
		// leaves the app, the explicit one to the app's activity does not.
		{"ownservice", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/xiaomi/stat/MiStat;->trackEvent",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/net/URL;->openConnection",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Lorg/apkscan/test/svc/Main;->startActivity",
		}},
		// What a library makes of an app object (a JSON serialiser's
		// string) holds what the object's fields hold, and a sink given
		// the object (a Retrofit body) sends it.
		{"serialised", "", []string{
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Lorg/apkscan/test/gs/Api;->send (@Lretrofit2/http/POST;)",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// Analytics code's ways: a SQLite queue read back by a flush, an
		// OkHttp interceptor's header, a typed Bundle value of an event.
		{"analyticsqueue", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Lokhttp3/Interceptor$Chain;->proceed",
		}},
		// What a Volley request's getParams() returns Volley sends: the
		// device id the request keeps, put in its form (and the request
		// holding it is queued).
		{"volleyparams", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Lcom/android/volley/RequestQueue;->add",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> returned to the framework from Lorg/apkscan/test/vp/IdRequest;->getParams",
		}},
		// The page's URL kept in a singleton tab manager's current tab and
		// read back through its getter by a delayed reporter: the one
		// manager's state, whoever asks.
		{"singletontab", "org.apkscan.test.st.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// Chromium's TabObserver and Android Components' EngineSession
		// observer are called by the engine: their page callbacks are
		// reached from where the app makes them.
		{"engineobservers", "org.apkscan.test.eo.App", []string{
			"flow-browsing-data Lmozilla/components/concept/engine/EngineSession$Observer;->onLocationChange parameter 0 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-browsing-data Lorg/chromium/chrome/browser/tab/TabObserver;->onPageLoadFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// A tracker picked by the mode (a null object in incognito mode):
		// the class made only outside incognito mode does not run in it;
		// the one made whatever the mode does.
		{"nullobject", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// The mode stored from `getIntent() != null && the extra`: in
		// incognito mode the intent is there, so the field is the mode
		// (Guarded); Open tracks in incognito mode.
		{"nullsafe", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// An app object holding the device id, handed to a method that
		// sends it (a repository): its fields are what a sink or a
		// serialiser given the parameter sends.
		{"handedobject", "", []string{
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Landroid/util/Log;->i",
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Lorg/apkscan/test/ho/Api;->register (@Lretrofit2/http/POST;)",
		}},
		// A chain of puts returning their receiver keeps what the first
		// put: a JSON body logged, an intent's extras broadcast.
		{"chainedput", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/app/Activity;->sendBroadcast",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// A preference's key and a map's keys are not what they hold: the
		// device id as a key sends nothing; the map's values do.
		{"keysonly", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->e",
		}},
		// More SDKs' ingest APIs: super properties, AppMetrica 6, session
		// partner parameters, Matomo's event builder sent with
		// with(tracker) (its receiver checked), and the dynamic super
		// properties Sensors Analytics asks the app for.
		{"sdkapis", "", []string{
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Lcom/adjust/sdk/Adjust;->addSessionPartnerParameter",
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Lcom/mixpanel/android/mpmetrics/MixpanelAPI;->registerSuperPropertiesOnce",
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Lio/appmetrica/analytics/AppMetrica;->reportEvent",
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Lorg/matomo/sdk/extra/TrackHelper$EventBuilder;->with",
			"flow-leak Landroid/provider/Settings$Secure;->getString -> returned to the SDK from Lorg/apkscan/test/sa/DynProps;->getDynamicSuperProperties",
		}},
		// A frame callback, a future's stage, an idle handler, java.util's
		// observers, an ordered broadcast's receiver, a pending intent's
		// and a scheduled job's service run with what they were handed.
		{"moredispatch", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->d",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->e",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->v",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->wtf",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/io/PrintStream;->println",
		}},
		// An intent given its class by setClass, setClassName or
		// setComponent starts that service of the app: each logs the
		// device id, and none of the intents leaves the app.
		{"setclass", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->e",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// The device id in an explicit intent to the app's Details activity
		// is what Details' getIntent() returns, where it asks and where its
		// base class does, and what its onNewIntent is given; Isolated,
		// which no intent names, reads the same ways but gets nothing.
		{"ownactivity", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->d",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->e",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// A click listener registered in onResume stores the device id in
		// the activity: onStart (again after a click) reads it, onCreate
		// (before any) cannot; what a method onCreate calls stores, it can.
		{"ordering", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->d",
			"flow-leak Landroid/telephony/TelephonyManager;->getSimSerialNumber -> Landroid/util/Log;->w",
		}},
		// A try block that reads the device id and then runs nothing that
		// can throw (an array of a constant size read at a constant index)
		// never reaches its handler's log; one that parses a number does.
		{"nothrow", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// A value two objects deep, put there by a constructor that makes
		// the inner object, read back through both getters.
		{"twodeep", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// The page's URL kept in the tab a client holds (this.tab.setUrl)
		// is what a reporter given that tab later reads from it: reported
		// from the client that reports in incognito mode too, from the one
		// that reaches its tab through a holder's getter and from the one
		// that is its own tab and hands itself on, not from the one that
		// checks the mode first.
		{"tabreport", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageStarted parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageStarted parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageStarted parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// A tab whose client replaces the tab's page state with a new one
		// holding the page's URL (this$0.mCurrentState = new
		// PageState(url), as AOSP's browser does) or sets the state's URL
		// (this$0.mCurrentState.mUrl = url), and then hands the tab to a
		// controller that asks tab.getUrl() for the tracker.
		{"pagestate", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->doUpdateVisitedHistory parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageStarted parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// In an app with no incognito mode, a search sent to its own search
		// server is the search; sent to a host a tracker or endpoint rule
		// names, by a plain request, it is tracking, as the query typed so
		// far is. So is the clipboard's text (counted at trackers only)
		// sent there.
		{"searchhost", "", []string{
			"flow-browsing-data Landroid/widget/SearchView$OnQueryTextListener;->onQueryTextChange parameter 0 -> Ljava/net/URL;->openStream",
			"flow-browsing-data Landroid/widget/SearchView$OnQueryTextListener;->onQueryTextSubmit parameter 0 -> Ljava/net/URL;->openStream",
			"flow-leak Landroid/content/ClipboardManager;->getText -> Ljava/net/URL;->openStream",
		}},
		// shouldInterceptRequest is told every request a page makes, the
		// page's own too: its URL reported from the overload that does not
		// check incognito mode is a bypass; from the one that does, none.
		{"intercept", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->shouldInterceptRequest parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// The device id given to whichever Sink the activity keeps: the
		// text consumer logs it; the error consumer's bridge casts it to
		// Throwable, which a String never passes (its Log.e is not reached).
		{"castbridge", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// The device id set as a fragment's argument by its factory is
		// what that fragment's getArguments() returns (asked through the
		// framework's class on this, as a shrinker rebinds it); another
		// fragment's are not.
		{"fragargs", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// The device id in a local broadcast reaches the receiver the app
		// registered (any it makes), in a bound service's intent its
		// onBind, in a notification's pending intent the activity it
		// names.
		{"inapp", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->e",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// The device id written to a file is a file leak, and read back
		// from the file (by its name, or its path) it is the id again;
		// another file and a page read from a connection are not.
		{"fileback", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->d",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/io/FileOutputStream;->write on the stream of Lorg/apkscan/test/fb/Main;->openFileOutput in Lorg/apkscan/test/fb/Main;->onCreate(Landroid/os/Bundle;)V",
		}},
		// A file named by the device id: its path holds the id, what is
		// read from it does not.
		{"filename", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// The device id written to Firebase's Realtime Database, and in a
		// map to a Firestore collection, leaves the phone.
		{"clouddb", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Lcom/google/firebase/database/DatabaseReference;->setValue",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Lcom/google/firebase/firestore/CollectionReference;->add",
		}},
		// A contact's number (a query of ContactsContract's phone URI) put
		// into a request's address, a text message read from the SMS
		// provider (a parsed URI) and one received, logged; a media row
		// is no personal data. An email and a sent message read by helpers
		// given the provider's URI (a field; a parsed constant with an id
		// appended) are logged too, and the call log an AsyncQueryHandler
		// queries for its onQueryComplete (not the pictures another does),
		// and postal addresses a LoaderCallbacks' CursorLoader loads for its
		// onLoadFinished.
		{"personal", "", []string{
			"flow-leak Landroid/content/ContentResolver;->query -> Landroid/util/Log;->i",
			"flow-leak Landroid/content/ContentResolver;->query -> Ljava/net/URL;->openConnection",
			"flow-leak Landroid/content/ContentResolver;->query of Landroid/provider/ContactsContract$CommonDataKinds$Email;->CONTENT_URI -> Landroid/util/Log;->d",
			"flow-leak Landroid/content/ContentResolver;->query of content://sms/sent -> Landroid/util/Log;->v",
			"flow-leak Landroid/telephony/SmsMessage;->getMessageBody -> Landroid/util/Log;->e",
			"flow-leak Lorg/apkscan/test/pd/L;->onLoadFinished parameter 1 of Landroid/provider/ContactsContract$CommonDataKinds$StructuredPostal;->CONTENT_URI -> Ljava/io/PrintStream;->println",
			"flow-leak Lorg/apkscan/test/pd/Q;->onQueryComplete parameter 2 of Landroid/provider/CallLog$Calls;->CONTENT_URI -> Landroid/util/Log;->wtf",
		}},
		// A browser hands each page to activities of its own by explicit
		// intents, Stats only outside incognito mode, Share always; each
		// tracks the page it is started with: Share's is a bypass.
		{"intentpage", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen",
		}},
		// A browser built on Chromium: its tab observer's page (a GURL)
		// goes to Sensors Analytics unasked, a bypass; the tab's URL only
		// where the tab is not incognito.
		{"chromium", "", []string{
			"flow-incognito-bypass Lorg/chromium/chrome/browser/tab/TabObserver;->onPageLoadFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen",
		}},
		// A browser built on Mozilla's Android Components: an engine
		// session observer's location goes to Sensors Analytics unasked,
		// a bypass; a tab's URL (ContentState) only where it is not private.
		{"mozac", "", []string{
			"flow-incognito-bypass Lmozilla/components/concept/engine/EngineSession$Observer;->onLocationChange parameter 0 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen",
		}},
		// The device id in an implicit intent with an action of the app's
		// own, which its Shown activity takes, is logged there and does
		// not leave the app; in one with the platform's SEND action it
		// leaves (Shown takes SEND too, but so do other apps).
		{"actionintent", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Lorg/apkscan/test/ai/Main;->startActivity",
		}},
		// Events made by factories: the page URL passed into one comes
		// back in the event's field (browsing data: no incognito mode), and
		// so does the device id a factory puts into the event it makes.
		{"madeevent", "org.apkscan.test.me.App", []string{
			"flow-browsing-data Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// An activity named like incognito mode beside a browser activity
		// whose code reads a private-mode flag of its own (a settings
		// screen that turns the flag on and shows a help page): the
		// browser's activity still runs in incognito mode.
		{"settingsactivity", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// handler.obtainMessage(what, obj).sendToTarget() runs that
		// handler's handleMessage with the message: Logger's, whose class
		// the code shows, and, for a handler kept in a field typed
		// Handler, the app class's own anonymous Handler; another class's
		// Handler does not get it.
		{"message", "org.apkscan.test.message.App", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// An event object kept in a map under a key: read back by the key
		// or among the map's values, it still holds the IMEI in its field.
		{"mapvalue", "org.apkscan.test.mapvalue.App", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/telephony/SmsManager;->sendTextMessage",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// An "RxBus": an event pushed into a singleton's PublishSubject
		// reaches the Consumer subscribed to the stream of its class, the
		// IMEI still in the event's field.
		{"rxbus", "org.apkscan.test.rxbus.App", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// A view model's LiveData, StateFlow and channel: the IMEI set in
		// the LiveData reaches its observer, in the StateFlow its
		// collector, sent on the channel its drain; the other LiveData's
		// observer is given a constant only.
		{"livedata", "org.apkscan.test.live.App", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->d",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// A SharedFlow's: what is emitted reaches its collectors.
		{"sharedflow", "org.apkscan.test.shf.App", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// An RxJava stream's item reaches the Consumer subscribed to it
		// (one leak: the other stream emits a constant).
		{"rxjava", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// An event object queued by a page callback and sent by a worker
		// that drains a copy of the queue: its URL field is sent, its
		// constant name is not. Of the two clients queueing events, the
		// one that checks incognito mode first is no bypass.
		{"queue", "org.apkscan.test.queue.Main", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> " + queueSink,
			"flow-weak-encoding Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> " + queueSink,
		}},
		// An event posted on an event bus reaches the @Subscribe method
		// that takes its class, with the data in its field; another
		// event type's subscriber and an unannotated method do not get it.
		// On EventBus 2 the public onEvent method that takes it gets it.
		{"eventbus", "org.apkscan.test.bus.App", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// A page's URL written as it is to a connection's stream is a
		// request body, a web socket message is what it sends, and an ad
		// request's content URL goes with the ad request: all are sent. The same URL as the address of a request, or its
		// Referer header, goes where the page already goes.
		{"body", "org.apkscan.test.body.App", []string{
			"flow-browsing-data Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/android/gms/ads/AdRequest$Builder;->setContentUrl",
			"flow-browsing-data Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/io/OutputStream;->write on the stream of Ljava/net/HttpURLConnection;->getOutputStream in Lorg/apkscan/test/body/Client;->onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V",
			"flow-browsing-data Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lokhttp3/WebSocket;->send",
		}},
		// WorkManager runs a worker (doWork) with the Data its request
		// was given; it sends the IMEI Base64-encoded by Guava and by
		// Kotlin's standard library, to two sinks.
		{"work", "org.apkscan.test.work.App", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/net/URL;->openConnection",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/net/URL;->openConnection",
			"flow-weak-encoding Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/net/URL;->openConnection",
			"flow-weak-encoding Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/net/URL;->openConnection",
		}},
		// A page's URL in a WorkManager request's input Data reaches the
		// worker class the request's builder names, from the enqueue: an
		// enqueue unless incognito mode is on is guarded, one of every
		// page is a bypass. The app bundles Worker and ListenableWorker:
		// the rule on ListenableWorker.getInputData applies to the app's
		// workers all the same. A worker testing the mode its Data holds
		// (getBoolean("incognito"), androidx's class) is guarded too.
		{"workpage", "org.apkscan.test.wp.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// Incognito mode kept as an enum: clients that track unless the
		// mode is Mode.INCOGNITO (if-eq against the constant, Kotlin's
		// Intrinsics.areEqual), or only when it is Mode.NORMAL, are
		// guarded; one that always tracks is a bypass.
		{"mode", "org.apkscan.test.mode.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// Settings read through the app's own helpers, the key a
		// parameter: a helper called with an incognito key guards, through
		// one or two helpers; called with another key, it guards nothing.
		{"prefwrapper", "org.apkscan.test.pw.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// The private mode kept in holders of a boolean: an AtomicBoolean
		// field named incognito, a StateFlow from getPrivateMode(); what
		// get() or getValue() reads from them guards like the flag.
		{"holders", "org.apkscan.test.ho.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// A Kotlin sealed class for the mode: `mode is Mode.Private` and
		// `mode == Mode.Private` (its object's INSTANCE) test incognito
		// mode, in helpers that read nothing else, as does a preference
		// read through the app's helper from a helper, and `mode is
		// Mode.Normal` (never so then); the client that tests nothing is
		// a bypass.
		{"sealedmode", "org.apkscan.test.sm.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// The same with the sealed class and its data objects renamed
		// (R8): their toString still names them.
		{"sealedshrunk", "org.apkscan.test.ss.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// A shrunk enum mode: the constant's field is renamed, but its
		// name string (PRIVATE_BROWSING) says it is the incognito one. The
		// client comparing with it is guarded; the other is a bypass.
		{"renamedmode", "o.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// Kotlin and Jetpack shapes: a view model's constructor (made by
		// reflection), a lazy block and the value it gives back,
		// withContext's value, a thread { } block kotlinc moved into
		// the range call's registers, a web socket listener's onOpen,
		// URL.readText(), worker input from workDataOf; a suspend
		// service call is not sending the continuation it is given, nor
		// a log the id's hash or length.
		{"kotlinshapes", "org.apkscan.test.ks.App", []string{
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Landroid/util/Log;->d",
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Landroid/util/Log;->i",
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Landroid/util/Log;->println",
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Landroid/util/Log;->wtf",
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Ljava/io/PrintStream;->println",
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Lkotlin/io/TextStreamsKt;->readBytes",
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Lokhttp3/WebSocket;->send",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->v",
		}},
		// A switch on the incognito enum: through javac's switch map (or
		// kotlinc's WhenMappings, filled in a local, or R8's, stored
		// first and filled through the local), a case for incognito
		// mode that returns guards the other case; a
		// shrinker's switch on the ordinal whose default returns guards
		// its case for the normal mode; a switch whose incognito value
		// goes to the default that tracks is a bypass. A shrinker's test
		// of the key against the incognito one, or of the ordinal against
		// zero, guards as the switch would, also in a helper that reads
		// nothing but the mode and returns constants.
		{"modeswitch", "org.apkscan.test.ms.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// Booleans decided by the incognito flag, as constants after its
		// branches: helpers' returns (`return !incognito && consent`,
		// javac's duplicated returns and R8's shared one), an argument
		// (`report(url, !incognito)`) and a local tested later guard what
		// they decide; a helper that reads the flag but answers the
		// consent alone guards nothing. An int private mode tested against
		// zero guards like a boolean.
		{"guardhelper", "org.apkscan.test.gh.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// A ThreadPoolExecutor's submit and a ScheduledThreadPoolExecutor's
		// schedule run their Runnable (rules on the interfaces the pools
		// implement), Kotlin's thread { } its block.
		{"executors", "org.apkscan.test.ex.App", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->e",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// A mode kept as a string: "incognito".equals(mode) tests it.
		{"stringmode", "org.apkscan.test.sm.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// A mode kept in an int its class names with constants
		// (MODE_PRIVATE = 2): compared with the incognito value, with
		// zero (MODE_NORMAL's), switched on, masked with the incognito
		// flag, or an int state above zero; a boolean compared with a
		// literal. An access flag (PRIVATE_ACCESS beside PUBLIC_ACCESS)
		// is no mode, nor is another int of the mode's class
		// (getIndex()) or another flag of its flags word.
		{"intmode", "org.apkscan.test.im.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// A Handler made with a Handler.Callback, here or in a field
		// the constructor sets (from its parameter too), gives its
		// messages to the callback, also one it made that is sent to its
		// target, and one a setter is given (each of those it is given:
		// Injected's second): the page reaches it (Open, Held, Given,
		// Targeted, Injected), and the test before the send guards it
		// (Guarded).
		{"handlercallback", "org.apkscan.test.hc.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// The mode kept in a renamed MutableStateFlow<Boolean> or
		// AtomicBoolean, given the preference's value: reading it back
		// tests the mode (Flowed, Atomic); Open tracks in incognito mode.
		// The mode pushed to a listener, onSecretModeChanged(boolean),
		// which keeps it in a renamed field: reading the field tests the
		// mode (Guarded); Open tracks in secret mode.
		{"listenerstate", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// Helpers filling in the objects they are given, and an
		// exception's constructor handing its message to Exception's: the
		// caller's object holds the data after the call, and only that
		// object.
		{"paramout", "", []string{
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Landroid/telephony/SmsManager;->sendTextMessage",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->e",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// A message sent through a plain Handler just made runs the
		// framework's handleMessage, not an app subclass's.
		{"plainhandler", "", []string{
			"flow-leak Landroid/provider/Settings$Secure;->getString -> Landroid/util/Log;->i",
		}},
		// A field read just after the code stores it holds what was
		// stored, not what the field held elsewhere.
		{"localstore", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->d",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->v",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// A TextWatcher's afterTextChanged is a callback.
		{"textwatcher", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// Exceptions a callee throws reach the caller's catch, with
		// their message or their fields.
		{"thrown", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// AsyncTask.publishProgress hands its values to onProgressUpdate.
		{"progress", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// A set named like incognito mode asked whether it holds the
		// page's WebView answers whether the page is in incognito mode;
		// another set says nothing of the mode.
		{"lookup", "org.apkscan.test.lk.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// A page URL read back out of a Bundle is the URL again: opening
		// it is the browser fetching the page; put in a stats host's query,
		// it is sent.
		{"heldurl", "org.apkscan.test.hu.App", []string{
			"flow-browsing-data Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/net/URL;->openConnection",
		}},
		// A Runnable handed to the app's own Executor or to a helper runs
		// where that code hands it to the framework, behind its guards:
		// only the helper that always posts runs it in incognito mode.
		{"handedon", "org.apkscan.test.ho.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// "private" compared with a member named for a mode is the mode;
		// compared with another string (a theme), it is no guard.
		{"privateword", "org.apkscan.test.pw.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->trackViewScreen",
		}},
		// Code for devices older than the app's minSdk never runs: a
		// branch on SDK_INT, a class made only there.
		{"compatsdk", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// A list's or a JSON object's size is no identifier, nor a
		// cursor's count, a location's provider or a page's scheme.
		{"counts", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// The link an activity viewing http(s) links on any host is asked
		// to open is browsing data; one an app's own deep link brings is
		// not.
		{"openedlink", "", []string{
			"flow-browsing-data Landroid/content/Intent;->getDataString -> Ljava/net/URL;->openConnection",
		}},
		// A flag nothing sets, a comparison of two constants and
		// Log.isLoggable at DEBUG (also kept in a static flag) rule their
		// branches out; a flag the static initialiser sets to true, a
		// catch block and isLoggable at INFO do not.
		{"deadcode", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->e",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// BuildConfig.DEBUG's initial value and a constant javac inlined
		// rule their branches out; a flag that code the walk does not
		// reach may set, or that the app sets by reflection, does not.
		{"buildflags", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// An interface call runs the implementations the app makes, not
		// one it never makes.
		{"liveimpl", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// A tab's state (its class made at one place) read by whoever holds
		// the tab is the page the client gave it; a box's (made twice) is
		// not, read through another box.
		{"tabstate", "", []string{
			"flow-browsing-data Landroid/webkit/WebViewClient;->onPageStarted parameter 1 -> Ljava/net/URL;->openConnection",
		}},
		// A preference is read back under the key it was stored under:
		// the IMEI under "device" is logged, the constant under "channel"
		// goes into a request; getAll returns every key's value.
		{"prefkeys", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// The mode handed to a service in an extra whose key names nothing
		// is the state where the service tests it: Report tracks nothing
		// seen in incognito mode; Count tracks every page.
		{"extramode", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
		}},
		// A message's arg1 set from the incognito flag is the state where
		// the handler tests it: Guarded's handler tracks nothing sent in
		// incognito mode; Open's arg1 is a constant, its handler tracks.
		{"msgstate", "org.apkscan.test.ms.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
		}},
		// The same with the mode given to Message.obtain and
		// Handler.obtainMessage as arg1: Guarded's messages are not
		// tracked in incognito mode; Open's arg1 is a constant.
		{"msgobtain", "org.apkscan.test.mo.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
		}},
		// LiveData stored in a field and observed through the register
		// it was made in (R8's forwarding), set through the field: Open's
		// observer tracks every page, Guarded's none in incognito mode;
		// Reread's LiveData is read back just after it is stored, as javac
		// leaves it. One handed to a client's constructor or setter after
		// it is observed is set through the client's field (Handed, Wired).
		{"livefield", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
		}},
		// A private helper of a callback's shape is no callback: the
		// framework cannot call it, so it runs only where its callback
		// calls it (Guarded's outside incognito mode).
		{"privhelper", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebView;->getUrl -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
		}},
		// forEach gives a collection's elements to the Consumer (a
		// map's values to the BiConsumer): the list and the map holding
		// the IMEI leak it; the list of constants leaks nothing.
		{"foreach", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->d",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// What a page's script hands a browser (a bridge's
		// @JavascriptInterface arguments, a script's value) is page data:
		// Bridge and Result track it in incognito mode, Guarded not.
		{"jsbridge", "", []string{
			"flow-incognito-bypass Landroid/webkit/ValueCallback;->onReceiveValue parameter 0 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-incognito-bypass Lorg/apkscan/test/jb/Bridge;->onPage parameter 0 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
		}},
		// In an app with no incognito mode it is the app's own web
		// content, no browsing data (a hybrid app's page reporting its
		// events through the bridge).
		{"jsbridgeapp", "", nil},
		// An app object appended to a string prints what its fields hold
		// when its class overrides toString (a Kotlin data class's does),
		// those its toString (or a made subclass's) returns, its class
		// and hash else.
		{"printed", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->wtf",
		}},
		// A Kotlin object's StateFlow and Channel, each reached through
		// its property's getter, given the IMEI (trySend's name carries
		// kotlinc's suffix): their collector and receiver log it.
		{"objectgetter", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// A Kotlin data class copied with one property given (copy$default,
		// whose mask keeps the others): the copy holds what was given.
		{"datacopy", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// A container emptied (clear(), setLength(0)) or whose key is
		// removed no longer holds what was there; another key's removal
		// keeps it. An AtomicReference holds one value: set replaces it. A
		// builder's whole length replaced is gone.
		{"cleared", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/telephony/SmsManager;->sendTextMessage",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->println",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/io/PrintStream;->print",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/io/PrintStream;->println",
		}},
		// A map or Bundle copied by its constructor or a map's putAll
		// keeps each entry under its key: replaced there, read under
		// another, it is gone. Entry counts are no data.
		{"mapcopy", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/io/PrintStream;->println",
		}},
		// A key read from a static String that always holds one value
		// (declared, or set once by its class's static initialiser) is
		// that constant; one the app sets at run time is not known.
		{"statickey", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->e",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// Data put as a map's key comes out of keySet() (also through a
		// static field) and a JSON object's keys(), not out of values()
		// or a constant-key get; constant key names are no data.
		{"mapkeys", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->wtf",
		}},
		// A call on an object read from a field runs the methods of the
		// classes the code stores there: Guarded's tracker (given to its
		// constructor) and Injected's (to its setter) are a decorator that
		// checks the mode, so the tracker it wraps is not called from them
		// directly; Open's is the tracker itself.
		{"fieldtargets", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// A framework object's fields hold its data, except those the
		// rules say hold none: an account's name is the user's, its type
		// is not.
		{"accounttype", "", []string{
			"flow-leak Landroid/accounts/AccountManager;->getAccounts -> Landroid/util/Log;->i",
		}},
		// A preference is read back from the file it was stored in (here
		// through a field holding that file's object), not from another
		// file nor the default one.
		{"preffiles", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// An object filled through a copy of its register (Kotlin's
		// apply { } $this) holds what it was given, for a later copy too.
		{"applycopy", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// A view model's saved state read under an incognito key (a boxed
		// Boolean Kotlin compares with true) is the mode.
		{"savedhandle", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
		}},
		// A view model provider made with a factory runs its create: the
		// mode the factory was given is the model's (its field a).
		{"vmfactory", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
		}},
		// A tracker switched off in incognito mode sends nothing then;
		// another tracker given the same page is a bypass.
		{"trackerswitch", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// A broadcast by an action of the app's own reaches the receivers
		// its manifest declares for the action: Stats tracks in incognito
		// mode, Audit not.
		{"actionbroadcast", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
		}},
		// The app's own content providers run the inserts made into them
		// (by a CONTENT_URI field or a parsed URI): Stats uploads every
		// page in incognito mode, Visits tests the mode it is given.
		{"ownprovider", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
		}},
		// An AtomicReference holds what is set into it for whoever gets
		// it later (a lifecycle callback).
		{"atomicref", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/umeng/analytics/MobclickAgent;->onEvent",
		}},
		// JobScheduler jobs get the extras they were built with; a job
		// scheduled only outside incognito mode is guarded, as is one
		// testing the mode its extras carry as an int.
		{"jobextras", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// A call writing something else into the field holding the value
		// (a setter given a constant, a scrubber) ends it there; one
		// writing another field does not, nor one that may throw first
		// when the caller catches it.
		{"overwrite", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->d",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->w",
		}},
		// The URL replaced by a constant in incognito mode: the path
		// keeping it does not run then; the URL reported as it is does.
		{"privatevalue", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
		}},
		// An enum constant picked by the mode: only the one read in
		// incognito mode runs then (its body's report), not every
		// constant its class made; values() puts them all in use.
		{"enumbody", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
		}},
		{"enumvalues", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageStarted parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageStarted parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// A tab object picked by the mode: the incognito subclass's
		// empty override runs then, not the tab's tracking method; what
		// it hands to its superclass's does.
		{"subclasstab", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageStarted parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
		}},
		// A mode read `by lazy {}`, its property renamed: what the Lazy
		// gives is what its block returns.
		{"lazyflag", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// The same with the mode an Integer (ContentValues.getAsInteger).
		{"providerint", "", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
		}},
		// Helpers ending in shared helpers that post or run the Runnable
		// they are given: those only a guarded helper hands on do not run
		// in incognito mode, though the shared helpers run then for
		// another caller's.
		{"sharedposter", "org.apkscan.test.sp.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/google/firebase/analytics/FirebaseAnalytics;->logEvent",
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Ljava/net/URL;->openConnection",
		}},
		// AsyncTask.execute runs doInBackground, and hands what it returns
		// to onPostExecute, behind the guards of the execute call: the
		// IMEI IdTask returns is logged, DoneTask's constant is not; Open's
		// page URL is a bypass, Guarded's task never runs in incognito mode.
		{"postexecute", "org.apkscan.test.pe.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// An extra put under one key is read back under that key only,
		// in the activity the intent starts.
		{"extrakey", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// So is one put in a Bundle put as the intent's extras, and read
		// from the extras Bundle.
		{"putextras", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
		// The mode kept in renamed holders (a StateFlow, an AtomicBoolean,
		// an AtomicReference<Boolean>) is tested where they are read.
		{"holderstate", "org.apkscan.test.hs.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// A Runnable made before the incognito test and posted after it
		// (to a Handler, or to a WebView: a View) runs where it is
		// posted: behind Guarded's and ViewPosted's early returns, never
		// in incognito mode; Open posts it either way. A listener made
		// before the test is called where Registered registers it.
		{"allocguard", "org.apkscan.test.ag.App", []string{
			"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track",
		}},
		// A digest or cipher fed with update() gives back what it was fed,
		// transformed (crypto: no weak encoding); a hand-written hex loop
		// encodes.
		{"stepcrypto", "", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/net/URL;->openConnection",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/net/URL;->openConnection",
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/net/URL;->openConnection",
			"flow-weak-encoding Landroid/telephony/TelephonyManager;->getDeviceId -> Ljava/net/URL;->openConnection",
		}},
		// The framework calls an Application's attachBaseContext, whose
		// name has no "on".
		{"base", "org.apkscan.test.base.App", []string{
			"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
		}},
	} {
		t.Run(tt.dir, func(t *testing.T) {
			var man *axml.Manifest
			if tt.app != "" || len(activities[tt.dir]) > 0 {
				man = &axml.Manifest{Application: axml.Application{Name: tt.app}, MinSdk: minSdk[tt.dir]}
				for _, a := range activities[tt.dir] {
					c := axml.Component{Kind: axml.KindActivity, Name: a, Enabled: true, Exported: true}
					if acts := actions[a]; acts != nil {
						c.IntentFilters = []axml.IntentFilter{{Actions: acts}}
					}
					c.IntentFilters = append(c.IntentFilters, filters[a]...)
					man.Components = append(man.Components, c)
				}
				man.Components = append(man.Components, services[tt.dir]...)
			}
			res := analyzeSmaliDex(t, tt.dir, man)
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Rule+" "+f.Evidence[0].Value+" -> "+f.Evidence[1].Value)
				if os.Getenv("FLOW_CASE") == tt.dir { // a case's findings in full, for debugging
					b, _ := json.MarshalIndent(f, "", " ")
					t.Logf("%s", b)
				}
				checkSteps(t, tt.dir, f)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			// The same findings and incognito reads in any work order.
			want := orderKey(t, res)
			for seed := int64(1); seed <= 3; seed++ {
				if got := orderKey(t, analyzeSmaliDexOrder(t, tt.dir, man, seed)); got != want {
					t.Errorf("order seed %d: %s\nwant %s", seed, got, want)
				}
			}
		})
	}
}

// checkSteps checks that every witness of a finding on a smali-built dex
// is connected and that each step names the instruction dexdump -d shows
// at its offset (as TestWitnessConnected and TestWitnessAgainstDexdump do
// for the samples and the corpus).
func checkSteps(t *testing.T, dir string, f finding.Finding) {
	t.Helper()
	var dump map[string]string
	if _, err := exec.LookPath("dexdump"); err == nil {
		data, err := os.ReadFile(filepath.Join("testdata", dir, "classes.dex"))
		if err != nil {
			t.Fatal(err)
		}
		if dump, err = dexdumpIndex(data); err != nil {
			t.Fatal(err)
		}
	}
	for _, path := range allPaths(f) {
		if err := connected(path); err != nil {
			t.Errorf("%s: %v", f.Rule, err)
		}
		for _, s := range path {
			if dump == nil || s.Offset == nil || s.Kind == "guard" {
				continue
			}
			key := fmt.Sprintf("%s->%s@%d", s.Class, s.Method, *s.Offset)
			if got := dump[key]; got != s.Inst {
				t.Errorf("%s: step %s at %s: dexdump shows %q, the step says %q", f.Rule, s.Kind, key, got, s.Inst)
			}
		}
	}
}

// orderKey renders what must not depend on the work order.
func orderKey(t *testing.T, res *Result) string {
	t.Helper()
	b, err := json.Marshal(struct{ F, I any }{res.Findings, res.Incognito})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestPoolDispatch checks that a Runnable given to a pool class's submit
// or schedule is run from that call (a dispatch step), through the rules
// on the executor interfaces the pools implement, not only from where the
// Runnable is made.
func TestPoolDispatch(t *testing.T) {
	man := &axml.Manifest{Application: axml.Application{Name: "org.apkscan.test.ex.App"}}
	res := analyzeSmaliDex(t, "executors", man)
	want := map[string]string{
		"Landroid/util/Log;->i": "Ljava/util/concurrent/ThreadPoolExecutor;.submit",
		"Landroid/util/Log;->w": "Ljava/util/concurrent/ScheduledThreadPoolExecutor;.schedule",
	}
	for _, f := range res.Findings {
		call, ok := want[f.Evidence[1].Value]
		if !ok {
			continue
		}
		delete(want, f.Evidence[1].Value)
		if !slices.ContainsFunc(f.Path, func(s finding.Step) bool { return s.Kind == "dispatch" && strings.Contains(s.Inst, call) }) {
			t.Errorf("%s: no dispatch step at %s in %+v", f.Evidence[1].Value, call, f.Path)
		}
	}
	for sink := range want {
		t.Errorf("no finding at %s", sink)
	}
}
