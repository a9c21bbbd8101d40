package batch

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Item is one app to scan, or a place discovery could not read (Err set),
// which becomes an error record like any unreadable app.
type Item struct {
	Path string
	Err  error
}

// Extensions are the file name endings a folder walk picks up.
var Extensions = []string{".apk", ".aab", ".apks", ".xapk", ".apkm"}

// IsAppName reports whether name ends in one of Extensions (any case).
func IsAppName(name string) bool {
	lower := strings.ToLower(name)
	for _, e := range Extensions {
		if strings.HasSuffix(lower, e) {
			return true
		}
	}
	return false
}

// Discover expands paths into items, in order, each path once: a file is
// taken whatever its name (the user named it); a folder is walked
// recursively, in lexical order, for files named like apps. A folder
// named like an app (`x.apk/`) is taken as an item too, so it gets an
// error record instead of vanishing, and is still walked. A path that
// does not exist becomes an item whose scan reports why.
func Discover(paths []string) []Item {
	var items []Item
	seen := map[string]bool{}
	add := func(it Item) {
		key := filepath.Clean(it.Path)
		if seen[key] {
			return
		}
		seen[key] = true
		items = append(items, it)
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil || !st.IsDir() {
			add(Item{Path: p})
			continue
		}
		walk(p, add)
	}
	return items
}

func walk(root string, add func(Item)) {
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable folder is reported once and skipped; the rest
			// of the walk goes on.
			add(Item{Path: p, Err: fmt.Errorf("batch: %w", err)})
			if d != nil && d.IsDir() && p != root {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && IsAppName(d.Name()) {
			add(Item{Path: p})
		}
		return nil
	})
}

// ReadList reads one path per line. Blank lines and lines starting with #
// are skipped; surrounding spaces are trimmed (a path with leading or
// trailing spaces cannot be listed). Relative paths stay relative to the
// working directory, not to the list.
func ReadList(r io.Reader) ([]string, error) {
	var paths []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		paths = append(paths, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("batch: reading list: %w", err)
	}
	return paths, nil
}
