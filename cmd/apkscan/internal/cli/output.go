package cli

import (
	"fmt"
	"io"
	"os"

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
