// Package blocklist recognises ad and tracker block lists by their content
// (hosts files, lists of one domain per line, Adblock Plus filter lists)
// and counts the hosts they block. Browsers and ad blockers bundle such
// lists as assets; their lines name hosts the app blocks, not hosts it
// talks to. The package reads bytes only and knows nothing of apps.
package blocklist

import "bytes"

// Format is a block list's syntax.
type Format string

// Formats a list is recognised in.
const (
	// FormatHosts is a hosts file sending names to a null address:
	// `0.0.0.0 ads.example.com`, `127.0.0.1 ads.example.com`.
	FormatHosts Format = "hosts"
	// FormatDomains is one host name per line: `ads.example.com`.
	FormatDomains Format = "domains"
	// FormatAdblock is Adblock Plus filter syntax (also read by uBlock
	// Origin and AdGuard): `||ads.example.com^`, `@@` exceptions, `##`
	// element hiding, `!` comments, a `[Adblock Plus 2.0]` header.
	FormatAdblock Format = "adblock"
)

// Formats lists every format, in the order reports name them.
var Formats = []Format{FormatHosts, FormatDomains, FormatAdblock}

// List is what Recognise found in a block list.
type List struct {
	Format Format
	// Hosts counts the distinct host names the list blocks: the names of
	// a hosts file or domain list, the `||host^` anchors and bare domains
	// of a filter list (exceptions and element hiding name no blocked host).
	Hosts int
	// Entries counts the lines in the list's syntax, Other the lines that
	// are neither entries, comments nor blank.
	Entries, Other int
}

// What makes a text a block list. A configuration file naming a few hosts
// is not one: a list has at least MinEntries entries, and they are at least
// MinPercent of its lines that are neither blank nor comments (a hosts
// file's header maps localhost and broadcast addresses; filter lists carry
// a few lines of other syntaxes).
const (
	MinEntries = 20
	MinPercent = 80
	// MaxLine: a longer line is no entry of any format; it counts as an
	// other line without being classified (a minified script's one line).
	MaxLine = 4096
)

// bom is the UTF-8 byte order mark some Windows tools write first.
var bom = []byte{0xef, 0xbb, 0xbf}

// Recognise reports whether data, a whole text file, is a block list, and
// which. It makes one pass over data; memory grows with the distinct hosts
// counted, not with the lines. It gives up as soon as the lines read leave
// too few for the rest to make a list.
func Recognise(data []byte) (List, bool) {
	data = bytes.TrimPrefix(data, bom)
	c := tally{hosts: map[uint64]struct{}{}, filterHosts: map[uint64]struct{}{}}
	left := bytes.Count(data, []byte{'\n'}) + 1 // lines not yet read, at most
	for len(data) > 0 {
		var line []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, nil
		}
		left--
		c.add(line)
		if c.hopeless(left) {
			return List{}, false
		}
	}
	return c.list()
}

// tally counts a text's lines by kind.
type tally struct {
	header  bool // a `[Adblock Plus 2.0]` line
	hostsLn int  // hosts-file entries
	domains int  // bare domain names
	filters int  // lines only filter syntax writes (||, @@, ##, $options)
	maybe   int  // lines filter syntax allows (no spaces, no code punctuation)
	other   int
	// hosts are the names of hosts entries and domains; filterHosts those
	// of `||host^` filters, which count only in a filter list.
	hosts, filterHosts map[uint64]struct{}
}

func (c *tally) add(line []byte) {
	line = bytes.TrimSpace(line) // also a CRLF file's CR
	if len(line) > MaxLine {
		c.other++
		return
	}
	switch k, h := classify(line); k {
	case kindHeader:
		c.header = true
	case kindHosts:
		c.hostsLn++
		c.addNames(line)
	case kindDomain:
		c.domains++
		c.hosts[h] = struct{}{}
	case kindFilter:
		c.filters++
		if h != 0 {
			c.filterHosts[h] = struct{}{}
		}
	case kindMaybeFilter:
		c.maybe++
	case kindOther:
		c.other++
	}
}

// addNames counts the names of a hosts-file entry, but not the local
// machine's (`127.0.0.1 localhost.localdomain` in a hosts file's header).
func (c *tally) addNames(line []byte) {
	eachName(line, func(name []byte) bool {
		if h, ok := hostHash(name); ok && !localName(name) {
			c.hosts[h] = struct{}{}
		}
		return true
	})
}

// hopeless reports whether no ending of the text can make it a list: even
// if every line left were an entry, the other lines would be too many.
func (c *tally) hopeless(left int) bool {
	best := c.hostsLn + c.domains + c.filters + c.maybe + max(left, 0)
	return c.other*100 > (best+c.other)*(100-MinPercent)
}

// list decides. Filter syntax is only trusted with a header or enough
// lines no other text writes; then lines that filter syntax merely allows
// count as filters, else as other lines.
func (c *tally) list() (List, bool) {
	l := List{Entries: c.hostsLn + c.domains, Other: c.other, Hosts: len(c.hosts)}
	adblock := c.header || c.filters >= MinEntries
	if adblock {
		l.Entries += c.filters + c.maybe
		for h := range c.filterHosts {
			if _, ok := c.hosts[h]; !ok {
				l.Hosts++
			}
		}
	} else {
		l.Other += c.filters + c.maybe
	}
	switch {
	case adblock:
		l.Format = FormatAdblock
	case c.hostsLn >= c.domains:
		l.Format = FormatHosts
	default:
		l.Format = FormatDomains
	}
	ok := l.Entries >= MinEntries && l.Entries*100 >= (l.Entries+l.Other)*MinPercent &&
		(adblock || l.Hosts >= MinEntries)
	return l, ok
}
