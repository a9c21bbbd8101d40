package batch

import (
	"fmt"
	"os"

	"github.com/apkscan/apkscan/scanner/finding"
)

// Seen is the set of apps an existing JSONL file already records.
type Seen struct {
	sha  map[string]bool
	path map[string]bool
}

// Has reports whether the app is recorded: by sha256 when known, else by
// path (an error record for a file that could not be read has no sha256).
// A nil Seen has nothing.
func (s *Seen) Has(sha256, path string) bool {
	if s == nil {
		return false
	}
	if sha256 != "" {
		return s.sha[sha256]
	}
	return s.path[path]
}

// Len is the number of recorded apps.
func (s *Seen) Len() int {
	if s == nil {
		return 0
	}
	return len(s.sha) + len(s.path)
}

// OpenResume reads the JSONL file at path (absent is fine: nothing is
// recorded yet) and returns what it records and the file opened for
// appending. A last line cut short by an interrupted run is truncated
// away first, so appended records start on a line of their own. Every
// recorded app is skipped, error records included: delete a line to
// retry that app.
func OpenResume(path string) (*Seen, *os.File, error) {
	s := &Seen{sha: map[string]bool{}, path: map[string]bool{}}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, nil, fmt.Errorf("batch: resume: %w", err)
	}
	complete, err := ReadLines(f, func(l finding.Record) error {
		if sha := l.SHA256(); sha != "" {
			s.sha[sha] = true
		} else {
			s.path[l.Path()] = true
		}
		return nil
	})
	if err == nil {
		err = f.Truncate(complete)
	}
	if err == nil {
		_, err = f.Seek(complete, 0)
	}
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("batch: resume %s: %w", path, err)
	}
	return s, f, nil
}
