package match

import (
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

// levelBlocklist is the evidence level of a bundled block list: a text
// file of the app, ranked with the archive's facts after every tracker
// level.
const levelBlocklist = "blocklist"

// blocklistWords says what each format is, in evidence.
var blocklistWords = map[string]string{
	"hosts":   "hosts file",
	"domains": "domain list",
	"adblock": "Adblock Plus filters",
}

// indexBlocklist files a blocklist leaf under the formats it takes; a leaf
// that takes any format is filed under that alone, so no fact hits it twice.
func (e *Engine) indexBlocklist(id int, formats []string) {
	for _, f := range formats {
		if f == rules.BlocklistAny {
			formats = []string{f}
			break
		}
	}
	addAll(e.blocklist, formats, id)
}

// scanBlocklists matches bundled block lists by format. Each list is one
// place; its value says how many hosts it blocks. The finding's id hangs on
// the entry, not on the count, so that a list's update keeps it.
func (e *Engine) scanBlocklists(f *index.Facts, hits [][]hit) {
	for _, b := range f.Blocklists {
		h := hit{key: "blocklist:" + b.Entry, level: levelBlocklist,
			ev: finding.Evidence{Entry: b.Entry, Value: blocklistValue(b)}}
		for _, l := range e.blocklist[b.Format] {
			hits[l] = append(hits[l], h)
		}
		for _, l := range e.blocklist[rules.BlocklistAny] {
			hits[l] = append(hits[l], h)
		}
	}
}

// blocklistValue: `bundled ad/tracker block list, 2361 hosts (domain list)`.
func blocklistValue(b index.BlocklistFact) string {
	n := finding.Count(b.Hosts, "host", "hosts")
	what := blocklistWords[b.Format]
	if b.Cut {
		n = "at least " + n
		what += ", read in part"
	}
	return "bundled ad/tracker block list, " + n + " (" + what + ")"
}

// blocklistMessage is the message of a finding whose every place is a
// block list: what each list holds and where it is, as
// `bundled ad/tracker block list, 2361 hosts (domain list): assets/hosts.txt`.
// It returns "" when some place is of another kind.
func blocklistMessage(hs []hit) string {
	var parts []string
	for _, h := range hs {
		if h.level != levelBlocklist {
			return ""
		}
		parts = append(parts, h.ev.Value+": "+h.ev.Entry)
	}
	if len(parts) == 0 {
		return ""
	}
	shown := parts[:min(len(parts), 3)]
	msg := strings.Join(shown, "; ")
	if len(parts) > len(shown) {
		msg += "; and " + finding.Count(len(parts)-len(shown), "more list", "more lists")
	}
	return msg
}
