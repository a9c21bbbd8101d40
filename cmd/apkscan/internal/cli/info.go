package cli

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner"
	"github.com/apkscan/apkscan/scanner/result/report"
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
		RunE: func(cmd *cobra.Command, args []string) error { return runInfo(cmd, args[0], o) },
	}
	cmd.Flags().StringVarP(&o.format, "format", "f", "text", "output format: "+strings.Join(report.Info.Formats(), ", "))
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().BoolVar(&o.strings, "strings", false, "also extract every string and count them by origin (see apkscan strings)")
	completeValues(cmd, "format", report.Info.Formats()...)
	return cmd
}

func runInfo(cmd *cobra.Command, path string, o infoOptions) error {
	format, err := report.Info.Check(o.format)
	if err != nil {
		return usageErr("--format: %v", err)
	}
	info, loadErr := scanner.Info(path, o.strings)
	if info == nil {
		return loadErr
	}
	if err := writeTo(cmd, o.output, func(w io.Writer) error { return report.Info.Write(w, format, info, report.Options{}) }); err != nil {
		return err
	}
	// Partial output is written; the exit code says the input was bad.
	return loadErr
}
