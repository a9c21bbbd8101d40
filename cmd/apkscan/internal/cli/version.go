package cli

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner"
)

// Version is set at build time with -ldflags "-X .../cli.Version=v1.2.3";
// otherwise the module version from the build info is used.
var Version = ""

// buildInfo is runtime/debug.ReadBuildInfo; tests replace it.
var buildInfo = debug.ReadBuildInfo

// version is the version results carry: Version, else the module version
// the binary was built at ("dev" for a build from a checkout).
func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := buildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// writeVersion says what this binary is: its version, the VCS revision
// and time it was built from (when the build recorded them), the Go
// release and the DEFLATE implementation.
func writeVersion(w io.Writer) error {
	rev := "unknown (built without VCS information)"
	if bi, ok := buildInfo(); ok {
		s := map[string]string{}
		for _, kv := range bi.Settings {
			s[kv.Key] = kv.Value
		}
		if r := s["vcs.revision"]; r != "" {
			rev = r
			if t := s["vcs.time"]; t != "" {
				rev += " (" + t + ")"
			}
			if s["vcs.modified"] == "true" {
				rev += ", with uncommitted changes"
			}
		}
	}
	_, err := fmt.Fprintf(w, "apkscan %s\n  revision  %s\n  go        %s %s/%s\n  inflate   %s\n",
		version(), rev, runtime.Version(), runtime.GOOS, runtime.GOARCH, scanner.Inflater)
	return err
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, the revision it was built from, and the inflater",
		Args:  exactArgs(0),
		RunE:  func(cmd *cobra.Command, _ []string) error { return writeVersion(cmd.OutOrStdout()) },
	}
}

// versionTemplate makes --version print what `apkscan version` prints.
func versionTemplate() string {
	var b strings.Builder
	_ = writeVersion(&b)
	return strings.ReplaceAll(b.String(), "{{", "{{`{{`}}")
}
