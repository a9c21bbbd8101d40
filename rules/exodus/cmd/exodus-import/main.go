// Command exodus-import regenerates rules/builtin/exodus/trackers.yaml from
// a copy of the Exodus tracker list (see `go generate ./rules/exodus`):
//
//	exodus-import [-claimed DIR] -o OUT.yaml exodus-trackers.json
//
// With -claimed, hand-written rules in DIR/*.yaml (not subdirectories) that
// set tracker.exodusId replace the generated rule for that tracker.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/rules/exodus"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "exodus-import:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("exodus-import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "output rule file")
	claimed := fs.String("claimed", "", "directory of hand-written rules whose exodusId replaces generated rules")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *out == "" {
		return fmt.Errorf("usage: exodus-import [-claimed DIR] -o OUT.yaml FILE")
	}
	opts := exodus.Options{Claimed: map[int]string{}}
	if *claimed != "" {
		if err := claim(*claimed, opts.Claimed); err != nil {
			return err
		}
	}
	data, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	yaml, err := exodus.ConvertWith(bytes.NewReader(data), opts)
	if err != nil {
		return err
	}
	if _, err := rules.Parse(filepath.Base(*out), yaml); err != nil {
		return fmt.Errorf("generated rules do not load: %w", err)
	}
	return os.WriteFile(*out, yaml, 0o644)
}

// claim records the exodusId of every tracker rule in dir/*.yaml.
func claim(dir string, into map[int]string) error {
	names, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return err
	}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			return err
		}
		set, err := rules.Parse(filepath.Base(n), data)
		if err != nil {
			return err
		}
		for _, r := range set.Rules {
			if r.Tracker != nil && r.Tracker.ExodusID > 0 {
				into[r.Tracker.ExodusID] = r.ID
			}
		}
	}
	return nil
}
