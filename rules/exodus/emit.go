package exodus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// ReportURL is a tracker's page on the Exodus site, cited in references.
func ReportURL(id int) string {
	return fmt.Sprintf("https://reports.exodus-privacy.eu.org/en/trackers/%d/", id)
}

// rule is one converted tracker, ready to write.
type rule struct {
	t              Tracker
	id             string
	code           Code
	net            Net
	classes, looks []string
	urls, notURLs  []string
}

func emit(ts []Tracker, opts Options) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(Header)
	b.WriteString(Attribution)
	b.WriteString("#\n# One rule per tracker; see rules/README.md (Exodus pack) for how signatures\n# are converted. Regenerate with `go generate ./rules/exodus`.\n")
	var rs []rule
	var skipped []string
	used := map[string]bool{}
	for _, t := range ts {
		if id, ok := opts.Claimed[t.ID]; ok {
			skipped = append(skipped, fmt.Sprintf("%d %s: replaced by %s", t.ID, t.Name, id))
			continue
		}
		r := convert(t)
		if len(r.code.Packages)+len(r.code.Regexes)+len(r.net.Hosts)+len(r.net.Regexes) == 0 {
			skipped = append(skipped, fmt.Sprintf("%d %s: no usable signature", t.ID, t.Name))
			continue
		}
		if len(r.classes)+len(r.urls) == 0 || len(r.looks)+len(r.notURLs) == 0 {
			skipped = append(skipped, fmt.Sprintf("%d %s: no examples derivable", t.ID, t.Name))
			continue
		}
		r.id = ruleID(t, used)
		rs = append(rs, r)
	}
	if len(skipped) > 0 {
		b.WriteString("#\n# Not converted:\n")
		for _, s := range skipped {
			fmt.Fprintf(&b, "#   %s\n", s)
		}
	}
	b.WriteString("schema: 1\nrules:\n")
	for _, r := range rs {
		writeRule(&b, r)
	}
	return b.Bytes(), nil
}

func convert(t Tracker) rule {
	r := rule{t: t, code: ConvertCode(t.CodeSignature), net: ConvertNet(t.NetworkSignature)}
	r.code.Packages = minimalPackages(r.code.Packages)
	r.net.Hosts = minimalHosts(r.net.Hosts)
	r.classes, r.looks = codeExamples(r.code, t.CodeSignature)
	r.urls, r.notURLs = netExamples(r.net)
	return r
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// ruleID is `tracker-` plus the name's slug; a clash (or an empty slug)
// appends the Exodus id, which never changes.
func ruleID(t Tracker, used map[string]bool) string {
	slug := strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(t.Name), "-"), "-")
	if len(slug) > 60 {
		slug = strings.TrimRight(slug[:60], "-")
	}
	id := "tracker-" + slug
	if slug == "" || used[id] {
		id = fmt.Sprintf("tracker-%s-exodus-%d", slug, t.ID)
		id = strings.Replace(id, "--", "-", 1)
	}
	used[id] = true
	return id
}

func writeRule(b *bytes.Buffer, r rule) {
	t := r.t
	fmt.Fprintf(b, "  - id: %s\n    title: %s\n    category: tracker\n    severity: medium\n", r.id, q(t.Name))
	fmt.Fprintf(b, "    description: %s\n", q(description(t)))
	fmt.Fprintf(b, "    references:\n      - %s\n", ReportURL(t.ID))
	web := website(t.Website)
	if web != "" && web != ReportURL(t.ID) {
		fmt.Fprintf(b, "      - %s\n", q(web))
	}
	fmt.Fprintf(b, "    tracker: {name: %s, exodusId: %d", q(t.Name), t.ID)
	if web != "" {
		fmt.Fprintf(b, ", website: %s", q(web))
	}
	b.WriteString("}\n    match:\n      any:\n")
	list(b, "        - package: ", r.code.Packages)
	list(b, "        - referenced-package: ", r.code.Packages)
	list(b, "        - class-regex: ", r.code.Regexes)
	list(b, "        - referenced-class-regex: ", r.code.Regexes)
	list(b, "        - host: ", r.net.Hosts)
	list(b, "        - string-regex: ", r.net.Regexes)
	b.WriteString("    examples:\n      match:\n")
	for _, c := range r.classes {
		fmt.Fprintf(b, "        - classes: [%s]\n", q(c))
	}
	if len(r.classes) > 0 {
		fmt.Fprintf(b, "        - types: [%s]\n", q(r.classes[0]))
	}
	for _, u := range r.urls {
		fmt.Fprintf(b, "        - strings: [%s]\n", q(u))
	}
	b.WriteString("      no-match:\n")
	if len(r.looks) > 0 {
		fmt.Fprintf(b, "        - classes: %s\n", qs(r.looks))
	}
	if len(r.notURLs) > 0 {
		fmt.Fprintf(b, "        - strings: %s\n", qs(r.notURLs))
	}
	b.WriteString("\n")
}

func description(t Tracker) string {
	var s strings.Builder
	fmt.Fprintf(&s, "%s, Exodus Privacy tracker %d", t.Name, t.ID)
	if len(t.Categories) > 0 {
		fmt.Fprintf(&s, " (categories: %s)", strings.Join(t.Categories, ", "))
	}
	fmt.Fprintf(&s, ". Exodus code signature: %s", orNone(t.CodeSignature))
	fmt.Fprintf(&s, "; network signature: %s.", orNone(t.NetworkSignature))
	return s.String()
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return "`" + s + "`"
}

// website keeps an http(s) URL with a host; the loader rejects others.
func website(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

func list(b *bytes.Buffer, prefix string, vs []string) {
	if len(vs) > 0 {
		b.WriteString(prefix + qs(vs) + "\n")
	}
}

// q quotes a string for YAML: a JSON string is a valid double-quoted
// YAML scalar.
func q(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(buf.String(), "\n")
}

func qs(vs []string) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = q(v)
	}
	return "[" + strings.Join(out, ", ") + "]"
}
