package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/rules/exodus"
)

// exodusPackFile is where the built-in generated pack lives inside builtin/.
const exodusPackFile = "exodus/trackers.yaml"

func newImportExodusCmd() *cobra.Command {
	var outDir string
	cmd := &cobra.Command{
		Use:   "import-exodus FILE -o DIR",
		Short: "Convert an Exodus Privacy tracker list (JSON) into an apkscan rule file",
		Long: `import-exodus converts a copy of the Exodus Privacy tracker list (the JSON that
Exodus and TrackerControl publish) into DIR/exodus-trackers.yaml. Scanning with
--rules DIR then uses it instead of the built-in Exodus pack (rules with the same
ids replace the built-in ones). Trackers that apkscan's hand-written rules cover
(tracker.exodusId set) are left to those rules, so no tracker is reported twice.

The Exodus list is licensed under the ODbL 1.0 (contents DbCL 1.0); the generated
file carries that attribution and must keep it.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if outDir == "" {
				return usageErr("import-exodus: -o DIR is required")
			}
			return runImportExodus(cmd, args[0], outDir)
		},
	}
	cmd.Flags().StringVarP(&outDir, "output", "o", "", "directory to write exodus-trackers.yaml into")
	return cmd
}

func runImportExodus(cmd *cobra.Command, in, outDir string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return &exitError{code: ExitInput, err: err}
	}
	builtin, err := rules.Builtin()
	if err != nil {
		return &exitError{code: ExitUsage, err: err}
	}
	opts := exodus.Options{Claimed: map[int]string{}}
	for _, r := range builtin {
		if r.Tracker != nil && r.Tracker.ExodusID > 0 && r.Pos.File != exodusPackFile {
			opts.Claimed[r.Tracker.ExodusID] = r.ID
		}
	}
	out, err := exodus.ConvertWith(bytes.NewReader(data), opts)
	if err != nil {
		return &exitError{code: ExitInput, err: fmt.Errorf("%s: %w", in, err)}
	}
	rs, err := rules.Parse("exodus-trackers.yaml", out)
	if err != nil {
		return &exitError{code: ExitInput, err: fmt.Errorf("%s: generated rules do not load: %w", in, err)}
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return usageErr("-o: %v", err)
	}
	dst := filepath.Join(outDir, "exodus-trackers.yaml")
	if err := os.WriteFile(dst, out, 0o644); err != nil {
		return usageErr("-o: %v", err)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "wrote %d tracker rules to %s (%d trackers left to hand-written rules)\n", len(rs), dst, len(opts.Claimed))
	return nil
}

// overrideExodus drops built-in Exodus-pack rules that a user rule set
// redefines (a newer import), so the two do not collide as duplicates.
func overrideExodus(builtin []*rules.Rule, user [][]*rules.Rule) []*rules.Rule {
	redefined := map[string]bool{}
	for _, set := range user {
		for _, r := range set {
			redefined[r.ID] = true
		}
	}
	out := builtin[:0:0]
	for _, r := range builtin {
		if redefined[r.ID] && strings.HasPrefix(r.Pos.File, "exodus/") {
			continue
		}
		out = append(out, r)
	}
	return out
}
