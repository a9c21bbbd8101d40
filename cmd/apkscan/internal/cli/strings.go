package cli

import (
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner"
	"github.com/apkscan/apkscan/scanner/result/report"
)

type stringsOptions struct {
	origins []string
	format  string
	output  string
	minLen  int
}

func newStringsCmd() *cobra.Command {
	var o stringsOptions
	origins := scanner.StringOrigins()
	cmd := &cobra.Command{
		Use:   "strings APK",
		Short: "List every string in the app with where it occurs (dex, resources, assets, native libs, manifest)",
		Long: `strings lists the strings rules match on, each with its origin and place:
dex const-string operands with class, method and code offset (and pool strings no
code uses), resources.arsc string pools, lines of text assets, printable runs of
6+ bytes in native libraries, and manifest meta-data values. The lines of a text
file that is an ad/tracker block list (hosts file, domain list, Adblock Plus
filters) are left out: rules see the list as one block-list fact instead.

` + exitCodesHelp,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, og := range o.origins {
				if !slices.Contains(origins, og) {
					return usageErr("--origin %q: want one of %s", og, strings.Join(origins, ", "))
				}
			}
			return runStrings(cmd, args[0], o)
		},
	}
	cmd.Flags().StringSliceVar(&o.origins, "origin", nil, "only these origins: "+strings.Join(origins, ", "))
	cmd.Flags().StringVarP(&o.format, "format", "f", "text", "output format: text (origin, place, value per line) or json (one object per line)")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().IntVar(&o.minLen, "min-length", 1, "skip strings shorter than this")
	completeValues(cmd, "format", report.Strings.Formats()...)
	completeValues(cmd, "origin", origins...)
	return cmd
}

func runStrings(cmd *cobra.Command, path string, o stringsOptions) error {
	format, err := report.Strings.Check(o.format)
	if err != nil {
		return usageErr("--format: %v", err)
	}
	ss, loadErr := scanner.Strings(path, o.origins, o.minLen)
	if ss == nil {
		return loadErr
	}
	if err := writeTo(cmd, o.output, func(w io.Writer) error { return report.Strings.Write(w, format, ss, report.Options{}) }); err != nil {
		return err
	}
	return loadErr
}
