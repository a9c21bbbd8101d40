package exodus

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/rules"
)

const listPath = "../../../shared/data/exodus-trackers.json"

func TestConvertCode(t *testing.T) {
	for _, tc := range []struct {
		sig      string
		packages []string
		regexes  []string
	}{
		{"com.databerries.|com.geolocstation.", []string{"com.databerries", "com.geolocstation"}, nil},
		{"com.tune|com.mobileapptracker", []string{"com.tune", "com.mobileapptracker"}, nil},
		{"com.crittercism.app.Crittercism", nil, []string{`^Lcom/crittercism/app/Crittercism`}},
		{".LigatusManager|com.ligatus.android.adframework", []string{"com.ligatus.android.adframework"}, []string{`(^L|[/$])LigatusManager`}},
		{".kochavaccpa.", nil, []string{`(^L|[/$])kochavaccpa/`}},
		{"com.github.backtrace-labs.", []string{"com.github.backtrace-labs"}, nil},
		{"", nil, nil},
	} {
		c := ConvertCode(tc.sig)
		if !slices.Equal(c.Packages, tc.packages) || !slices.Equal(c.Regexes, tc.regexes) || len(c.Dropped) > 0 {
			t.Errorf("ConvertCode(%q) = %+v, want packages %q regexes %q", tc.sig, c, tc.packages, tc.regexes)
		}
	}
}

func TestConvertNet(t *testing.T) {
	for _, tc := range []struct {
		sig     string
		hosts   []string
		regexes []string
		dropped int
	}{
		{`databerries\.com`, []string{"*.databerries.com"}, nil, 0},
		{`.*\.jiguang\.cn`, []string{"*.jiguang.cn"}, nil, 0},
		{`data.\altbeacon\.org`, []string{"*.data.altbeacon.org"}, nil, 0},
		{`usw\-lax\.adsrvr\.org|appnext.com`, []string{"*.usw-lax.adsrvr.org", "*.appnext.com"}, nil, 0},
		{`\.exacttarget\.`, nil, []string{`\.exacttarget\.`}, 0},
		{`mst[0-9]*\.is\.autonavi\.com`, nil, []string{`mst[0-9]*\.is\.autonavi\.com`}, 0},
		{`\.facebook\.com|\.google\.com`, nil, nil, 2},
	} {
		n := ConvertNet(tc.sig)
		if !slices.Equal(n.Hosts, tc.hosts) || !slices.Equal(n.Regexes, tc.regexes) || len(n.Dropped) != tc.dropped {
			t.Errorf("ConvertNet(%q) = %+v, want hosts %q regexes %q, %d dropped", tc.sig, n, tc.hosts, tc.regexes, tc.dropped)
		}
	}
}

func TestConvertSmall(t *testing.T) {
	in := `{"trackers": {"38": {"id": 38, "name": "Tune", "code_signature": "com.tune|com.mobileapptracker",
		"network_signature": "tlnk\\.io", "website": "https://www.tune.com/", "categories": ["Analytics"]},
		"10": {"id": 10, "name": "Xiti", "code_signature": "", "network_signature": "", "website": "", "categories": []}}}`
	out, err := Convert(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, want := range []string{Header, "ODbL", "  - id: tracker-tune\n", "exodusId: 38", `"Lcom/tunein/Sdk;"`,
		`host: ["*.tlnk.io"]`, "#   10 Xiti: no usable signature", "categories: Analytics"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	rs, err := rulesOf(rules.Parse("tune.yaml", out))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || rs[0].Tracker.ExodusID != 38 || rs[0].Tracker.Name != "Tune" {
		t.Fatalf("rules %+v", rs)
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{``, `{}`, `{"trackers": {}}`, `{"trackers": {"x": {"name": "A"}}}`,
		`{"trackers": {"1": {"id": 1}}}`, `{"trackers": {"1": {"id": 2, "name": "A"}, "2": {"id": 2, "name": "B"}}}`} {
		if _, err := Convert(strings.NewReader(in)); err == nil || !strings.HasPrefix(err.Error(), "exodus: ") {
			t.Errorf("Convert(%q) error = %v", in, err)
		}
	}
}

// TestGeneratedPackUpToDate regenerates the builtin pack from the shared copy
// of the list and compares it with the committed file (a drift check: run
// `go generate ./rules/exodus` after editing the converter or the claims).
func TestGeneratedPackUpToDate(t *testing.T) {
	data, err := os.ReadFile(listPath)
	if os.IsNotExist(err) {
		t.Skipf("%s absent (the shared data is not checked out next to the repo)", listPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	claimed := map[int]string{}
	names, _ := filepath.Glob("../builtin/*.yaml")
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		rs, err := rulesOf(rules.Parse(filepath.Base(n), b))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			if r.Tracker != nil && r.Tracker.ExodusID > 0 {
				claimed[r.Tracker.ExodusID] = r.ID
			}
		}
	}
	got, err := ConvertWith(bytes.NewReader(data), Options{Claimed: claimed})
	if err != nil {
		t.Fatal(err)
	}
	again, _ := ConvertWith(bytes.NewReader(data), Options{Claimed: claimed})
	if !bytes.Equal(got, again) {
		t.Fatal("Convert is not deterministic")
	}
	want, err := os.ReadFile("../builtin/exodus/trackers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("rules/builtin/exodus/trackers.yaml is stale: run go generate ./rules/exodus")
	}
	rs, err := rulesOf(rules.Parse("trackers.yaml", got))
	if err != nil {
		t.Fatal(err)
	}
	ts, _ := Parse(bytes.NewReader(data))
	if len(rs)+len(claimed) < len(ts)-2 { // Xiti and Google Ads have no usable signature
		t.Errorf("%d rules + %d claimed for %d trackers", len(rs), len(claimed), len(ts))
	}
}

// rulesOf is the rules of a loaded set.
func rulesOf(set *rules.Set, err error) ([]*rules.Rule, error) {
	if set == nil {
		return nil, err
	}
	return set.Rules, err
}
