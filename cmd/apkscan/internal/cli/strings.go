package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner/stage/app"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

var stringOrigins = []string{string(index.OriginDex), string(index.OriginResource), string(index.OriginAsset), string(index.OriginNative), string(index.OriginManifest)}

type stringsOptions struct {
	origins []string
	format  string
	output  string
	minLen  int
}

func newStringsCmd() *cobra.Command {
	var o stringsOptions
	cmd := &cobra.Command{
		Use:   "strings APK",
		Short: "List every string in the app with where it occurs (dex, resources, assets, native libs, manifest)",
		Long: `strings lists the strings rules match on, each with its origin and place:
dex const-string operands with class, method and code offset (and pool strings no
code uses), resources.arsc string pools, lines of text assets, printable runs of
6+ bytes in native libraries, and manifest meta-data values.

` + exitCodesHelp,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, og := range o.origins {
				if !slices.Contains(stringOrigins, og) {
					return usageErr("--origin %q: want one of %s", og, strings.Join(stringOrigins, ", "))
				}
			}
			if o.format != "text" && o.format != "json" {
				return usageErr("--format %q: want text or json", o.format)
			}
			return runStrings(cmd, args[0], o)
		},
	}
	cmd.Flags().StringSliceVar(&o.origins, "origin", nil, "only these origins: "+strings.Join(stringOrigins, ", "))
	cmd.Flags().StringVarP(&o.format, "format", "f", "text", "output format: text (origin, place, value per line) or json")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().IntVar(&o.minLen, "min-length", 1, "skip strings shorter than this")
	return cmd
}

type stringRecord struct {
	Origin   string         `json:"origin"`
	Location index.Location `json:"location"`
	Value    string         `json:"value"`
}

func runStrings(cmd *cobra.Command, path string, o stringsOptions) error {
	adviseHeap(appHugeRegion)
	a, loadErr := app.Load(path, app.Options{})
	if a == nil {
		return &exitError{code: ExitInput, err: loadErr}
	}
	defer a.Close()
	facts, _ := index.Build(a, index.Options{})
	err := writeTo(cmd, o.output, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, s := range facts.Strings {
			if len(s.Value) < o.minLen || (len(o.origins) > 0 && !slices.Contains(o.origins, string(s.Origin))) {
				continue
			}
			var err error
			if o.format == "json" {
				err = enc.Encode(stringRecord{Origin: string(s.Origin), Location: s.Loc, Value: s.Value})
			} else {
				_, err = fmt.Fprintf(w, "%s\t%s\t%q\n", s.Origin, s.Loc, s.Value)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if loadErr != nil {
		return &exitError{code: ExitInput, err: loadErr}
	}
	return nil
}
