package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
)

// writeTo runs write against standard output, or against the file named by
// path (created or truncated). A file that cannot be written is a usage
// error: the path came from the command line.
func writeTo(cmd *cobra.Command, path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(cmd.OutOrStdout())
	}
	f, err := os.Create(path)
	if err != nil {
		return usageErr("-o: %v", err)
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// moreFiles opens the later files of a document split across several
// (SARIF past GitHub's limits): out-2.sarif, out-3.sarif beside -o
// out.sarif. Standard output holds one document only: nil.
func moreFiles(output string) func(int) (io.Writer, string, error) {
	if output == "" || output == "-" {
		return nil
	}
	ext := filepath.Ext(output)
	base := strings.TrimSuffix(output, ext)
	return func(n int) (io.Writer, string, error) {
		name := fmt.Sprintf("%s-%d%s", base, n, ext)
		f, err := os.Create(name)
		if err != nil {
			return nil, "", usageErr("-o: %v", err)
		}
		// Each part is written whole, then closed: no later write reaches it.
		return closeAfterWrite{f}, name, nil
	}
}

// closeAfterWrite closes its file after the one Write a part gets.
type closeAfterWrite struct{ f *os.File }

func (c closeAfterWrite) Write(p []byte) (int, error) {
	n, err := c.f.Write(p)
	if cerr := c.f.Close(); err == nil {
		err = cerr
	}
	return n, err
}

// noteTo says a writer's notes on w, as the CLI's own.
func noteTo(w io.Writer) func(string) {
	return func(s string) { fmt.Fprintln(w, "apkscan: "+s) }
}
