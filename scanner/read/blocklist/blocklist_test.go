package blocklist

import (
	"fmt"
	"strings"
	"testing"
)

// lines returns n lines made by f from 0..n-1, newline-terminated.
func lines(n int, f func(i int) string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(f(i) + "\n")
	}
	return b.String()
}

func host(i int) string { return fmt.Sprintf("ads%d.tracker-example.com", i) }

const hostsHeader = `# Title: a test hosts file
#
127.0.0.1 localhost
127.0.0.1 localhost.localdomain
255.255.255.255 broadcasthost
::1 localhost
fe80::1%lo0 localhost
0.0.0.0 0.0.0.0

`

func TestRecognise(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		ok     bool
		format Format
		hosts  int
	}{
		{"hosts file", hostsHeader + lines(30, func(i int) string { return "0.0.0.0 " + host(i) }), true, FormatHosts, 30},
		{"hosts file, loopback, several names and comments", lines(25, func(i int) string {
			return fmt.Sprintf("127.0.0.1\t%s  %s # ad server %d", host(i), host(i+100), i)
		}), true, FormatHosts, 50},
		{"hosts file, IPv6 null address", lines(25, func(i int) string { return ":: " + host(i) }), true, FormatHosts, 25},
		{"bare domains", lines(40, host), true, FormatDomains, 40},
		{"bare domains, comments and blank lines", "# blocked\n\n" + lines(20, func(i int) string {
			return host(i) + " # why\n\n# section " + fmt.Sprint(i)
		}), true, FormatDomains, 20},
		{"bare domains, duplicates and case counted once", lines(60, func(i int) string {
			if i%2 == 0 {
				return strings.ToUpper(host(i%30)) + "."
			}
			return host(i % 30)
		}), true, FormatDomains, 30},
		{"adblock with header", "[Adblock Plus 2.0]\n! Title: test\n" + lines(25, func(i int) string {
			switch i % 5 {
			case 0:
				return "||" + host(i) + "^"
			case 1:
				return "@@||cdn.example.org/ads/" + fmt.Sprint(i) + "$script,domain=example.org"
			case 2:
				return "example.org##.banner-" + fmt.Sprint(i)
			case 3:
				return "/ads/" + fmt.Sprint(i) + "/"
			}
			return "|https://" + host(i) + "/pixel.gif"
		}), true, FormatAdblock, 10},
		{"adblock without header", lines(30, func(i int) string {
			switch i % 3 {
			case 0:
				return "||" + host(i) + "^$third-party"
			case 1:
				return "###ad-" + fmt.Sprint(i)
			}
			return "-ad-banner-" + fmt.Sprint(i) + "."
		}), true, FormatAdblock, 10},
		{"adblock, element hiding only", "[uBlock Origin]\n" + lines(20, func(i int) string {
			return fmt.Sprintf("example%d.com,~m.example.com##div[class^=\"ad\"] > a", i)
		}), true, FormatAdblock, 0},
		{"adblock, cut and wildcard anchors block no one host", "[Adblock Plus 2.0]\n" + lines(20, func(i int) string {
			return fmt.Sprintf("||ad%d.\n||t*.example%d.com/x", i, i)
		}), true, FormatAdblock, 0},
		{"filter hosts count only in a filter list", lines(40, host) + lines(5, func(i int) string { return "||other" + fmt.Sprint(i) + ".example.org^" }),
			true, FormatDomains, 40},
		{"a filter list's host named twice counts once", "[Adblock Plus 2.0]\n" + lines(20, func(i int) string { return host(i) + "\n||" + host(i) + "^" }),
			true, FormatAdblock, 20},
		{"CRLF", strings.ReplaceAll(hostsHeader+lines(30, func(i int) string { return "0.0.0.0 " + host(i) }), "\n", "\r\n"), true, FormatHosts, 30},
		{"byte order mark", "\ufeff" + lines(20, host), true, FormatDomains, 20},
		{"huge lines are other lines", lines(40, host) + strings.Repeat("x", 1<<20) + "\n" + strings.Repeat("a.b ", 1<<18), true, FormatDomains, 40},
		{"just enough", lines(MinEntries, host), true, FormatDomains, MinEntries},
		{"one short", lines(MinEntries-1, host), false, "", 0},
		{"80 percent", lines(40, host) + lines(10, func(i int) string { return "some text line " + fmt.Sprint(i) }), true, FormatDomains, 40},
		{"under 80 percent", lines(40, host) + lines(11, func(i int) string { return "some text line " + fmt.Sprint(i) }), false, "", 0},

		// Texts that name hosts and are no block list.
		{"empty", "", false, "", 0},
		{"config with 3 hosts", "api=api.example.com\ncdn=cdn.example.com\nads.example.com\n", false, "", 0},
		{"short hosts file", hostsHeader + "0.0.0.0 ads.example.com\n0.0.0.0 t.example.com\n", false, "", 0},
		{"JSON array of hosts", "[\n" + lines(100, func(i int) string { return `  "` + host(i) + `",` }) + "]\n", false, "", 0},
		{"JSON object", "{\n" + lines(100, func(i int) string { return `  "` + host(i) + `": true,` }) + "}\n", false, "", 0},
		{"XML", "<hosts>\n" + lines(100, func(i int) string { return "<host>" + host(i) + "</host>" }) + "</hosts>\n", false, "", 0},
		{"properties", lines(100, func(i int) string { return fmt.Sprintf("endpoint.%d=https://%s/v1", i, host(i)) }), false, "", 0},
		{"properties, bare values", lines(100, func(i int) string { return fmt.Sprintf("host%d=%s", i, host(i)) }), false, "", 0},
		{"JS", lines(100, func(i int) string { return fmt.Sprintf("var h%d = '%s'; if (a || b) { track(h%d); }", i, host(i), i) }), false, "", 0},
		{"minified JS, one line", strings.Repeat(`a.push("`+host(1)+`");`, 1<<14), false, "", 0},
		{"YAML", lines(100, func(i int) string { return fmt.Sprintf("- host: %s", host(i)) }), false, "", 0},
		{"hosts mapped to real servers", lines(40, func(i int) string { return "93.184.216.34 " + host(i) }), false, "", 0},
		{"Java packages", lines(40, func(i int) string { return fmt.Sprintf("com.example.app%d", i) }), false, "", 0},
		{"file names", lines(40, func(i int) string { return fmt.Sprintf("icon_%d.png", i) }), false, "", 0},
		{"version numbers", lines(40, func(i int) string { return fmt.Sprintf("1.%d.3", i) }), false, "", 0},
		{"Markdown headings and prose", lines(40, func(i int) string { return fmt.Sprintf("## Part %d\nSee %s for details.", i, host(i)) }), false, "", 0},
		{"INI sections", lines(40, func(i int) string { return fmt.Sprintf("[server%d]\nhost=%s", i, host(i)) }), false, "", 0},
		{"words without filter lines", lines(100, func(i int) string { return fmt.Sprintf("word%d", i) }), false, "", 0},
		{"CSS", lines(40, func(i int) string { return fmt.Sprintf(".ad-%d{display:none}", i) }), false, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, ok := Recognise([]byte(tt.text))
			if ok != tt.ok {
				t.Fatalf("Recognise = %+v, %v; want ok %v", l, ok, tt.ok)
			}
			if ok && (l.Format != tt.format || l.Hosts != tt.hosts) {
				t.Errorf("Recognise = %+v; want format %s, %d hosts", l, tt.format, tt.hosts)
			}
		})
	}
}

// TestClassify pins single lines, the unit the shares are counted in.
func TestClassify(t *testing.T) {
	tests := []struct {
		line string
		want kind
	}{
		{"", kindBlank},
		{"! Expires: 4 days", kindComment},
		{"# comment", kindComment},
		{"#0.0.0.0 disabled.example.com", kindComment},
		{"## Heading", kindComment},
		{"##.adsbygoogle", kindFilter},
		{"###ad-slot", kindFilter},
		{"example.com#@#.banner", kindFilter},
		{"example.com,~m.example.com#?#div:has(> a)", kindFilter},
		{"[Adblock Plus 2.0]", kindHeader},
		{"[AdGuard Base filter]", kindHeader},
		{"[section]", kindOther},
		{"0.0.0.0 ads.example.com", kindHosts},
		{"127.0.0.2 ads.example.com", kindHosts},
		{"0.0.0.0 ads.example.com # note", kindHosts},
		{"0.0.0.0 ads/example", kindOther},
		{"0.0.0.0", kindMaybeFilter}, // an address alone is no hosts entry
		{"256.0.0.0 ads.example.com", kindOther},
		{"0.0.0 ads.example.com", kindOther},
		{"10.0.0.1 ads.example.com", kindOther},
		{"ads.example.com", kindDomain},
		{"*.ads.example.com", kindDomain},
		{"ads.example.xn--p1ai", kindDomain},
		{"localhost", kindMaybeFilter},
		{"com.example.ads", kindMaybeFilter},
		{"||ads.example.com^", kindFilter},
		{"||ad.", kindFilter},
		{"|| a", kindOther},
		{"@@||example.com/ads.js", kindFilter},
		{"|https://ads.example.com/", kindFilter},
		{"/ad/$script,subdocument", kindFilter},
		{"/ga.js^", kindFilter},
		{"/ads/", kindMaybeFilter},
		{"$price", kindMaybeFilter},
		{"key=value", kindOther},
		{"\"ads.example.com\",", kindOther},
		{"a: b", kindOther},
	}
	for _, tt := range tests {
		if got, _ := classify([]byte(tt.line)); got != tt.want {
			t.Errorf("classify(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

// TestRecogniseGivesUpEarly: a large text that is no list is abandoned
// within its first lines, and reading it allocates next to nothing.
func TestRecogniseGivesUpEarly(t *testing.T) {
	text := []byte(lines(100_000, func(i int) string { return fmt.Sprintf("log line %d about %s", i, host(i)) }))
	allocs := testing.AllocsPerRun(5, func() {
		if _, ok := Recognise(text); ok {
			t.Fatal("a log is no block list")
		}
	})
	if allocs > 2 {
		t.Errorf("%.0f allocations for a text that is no list", allocs)
	}
}
