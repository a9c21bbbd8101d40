package cli

import (
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner/result/report"
	"github.com/apkscan/apkscan/scanner/stage/app"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

type infoOptions struct {
	format  string
	output  string
	strings bool
}

func newInfoCmd() *cobra.Command {
	var o infoOptions
	cmd := &cobra.Command{
		Use:   "info APK",
		Short: "Show what apkscan reads from an app: manifest, dex files, native libraries, assets",
		Long: `info prints the app's identity, manifest (permissions, components with their
exported state, flags, meta-data), every dex file with its table and instruction
counts, native libraries, assets and every diagnostic about odd or unreadable parts.

` + exitCodesHelp,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(report.InfoFormats, o.format) {
				return usageErr("--format %q: want one of %s", o.format, strings.Join(report.InfoFormats, ", "))
			}
			return runInfo(cmd, args[0], o)
		},
	}
	cmd.Flags().StringVarP(&o.format, "format", "f", "text", "output format: "+strings.Join(report.InfoFormats, ", "))
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().BoolVar(&o.strings, "strings", false, "also extract every string and count them by origin (see apkscan strings)")
	return cmd
}

func runInfo(cmd *cobra.Command, path string, o infoOptions) error {
	adviseHeap(appHugeRegion)
	a, loadErr := app.Load(path, app.Options{Stats: true})
	if a == nil {
		return &exitError{code: ExitInput, err: loadErr}
	}
	defer a.Close()
	info := a.Info()
	if o.strings {
		facts, diags := index.Build(a, index.Options{})
		info.Strings = facts.CountStrings()
		info.Diagnostics = append(info.Diagnostics, diags...)
	}
	if err := writeTo(cmd, o.output, func(w io.Writer) error { return report.WriteInfo(w, o.format, info) }); err != nil {
		return err
	}
	if loadErr != nil {
		// Partial output is written; the exit code says the input was bad.
		return &exitError{code: ExitInput, err: loadErr}
	}
	return nil
}
