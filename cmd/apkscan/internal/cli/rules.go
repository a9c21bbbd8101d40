package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner"
)

func newRulesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List, validate and test rules",
		Args:  exactArgs(0),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newRulesListCmd(), newRulesValidateCmd(), newRulesTestCmd(), newImportExodusCmd())
	return cmd
}

func newRulesListCmd() *cobra.Command {
	var dirs []string
	var category string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the built-in rules (and those of --rules DIR) with counts per category and of the code-path spec",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if category != "" && !slices.Contains(rules.Categories(), category) {
				return usageErr("--category %q: want one of %s", category, strings.Join(rules.Categories(), ", "))
			}
			rs, err := scanner.LoadRules(scanner.RuleSet{Dirs: dirs})
			if err != nil {
				return err
			}
			if err := listRules(cmd.OutOrStdout(), rs.Rules, category); err != nil {
				return err
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "code paths: %s\n", rs.CodePaths)
			return err
		},
	}
	cmd.Flags().StringArrayVar(&dirs, "rules", nil, "also load rule files from this directory (repeatable)")
	cmd.Flags().StringVar(&category, "category", "", "only this category: "+strings.Join(rules.Categories(), ", "))
	completeValues(cmd, "category", rules.Categories()...)
	return cmd
}

func listRules(w io.Writer, rs []*rules.Rule, category string) error {
	sorted := slices.Clone(rs)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	counts := map[string]int{}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "ID\tCATEGORY\tSEVERITY\tTITLE\n")
	for _, r := range sorted {
		if category != "" && string(r.Category) != category {
			continue
		}
		counts[string(r.Category)]++
		title := r.Title
		if r.Tracker != nil && r.Tracker.ExodusID > 0 {
			title += fmt.Sprintf(" (Exodus %d)", r.Tracker.ExodusID)
		}
		if r.CodePath != nil && r.CodePath.Outbound != r.Severity {
			title += fmt.Sprintf(" (%s when the data leaves the device)", r.CodePath.Outbound)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Category, r.Severity, title)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	var parts []string
	total := 0
	for _, c := range rules.Categories() {
		if counts[c] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", c, counts[c]))
			total += counts[c]
		}
	}
	_, err := fmt.Fprintf(w, "\n%d rules: %s\n", total, strings.Join(parts, ", "))
	return err
}

func newRulesValidateCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE|DIR...",
		Short: "Load rule files and folders strictly, as --rules would, and report every problem at once (exit 2 on any)",
		Long: `validate loads rule files and folders strictly, as scan --rules would: every
problem in every file is reported at once with file:line, and so is a rule whose id
a built-in rule already has (a rule of the built-in Exodus pack may be replaced).`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("%s: give at least one rule file or folder", commandName(cmd))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			sets, err := scanner.CheckRules(args)
			if err != nil {
				return err
			}
			n, entries := 0, 0
			for _, s := range sets {
				n += len(s.Rules)
				entries += s.CodePaths.Len()
			}
			if entries == 0 {
				fmt.Fprintf(cmd.OutOrStdout(), "%s valid\n", plural(n, "rule", "rules"))
				return nil
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s and %s valid\n", plural(n, "rule", "rules"), plural(entries, "code-path entry", "code-path entries"))
			return nil
		},
	}
}

func newRulesTestCmd() *cobra.Command {
	samples := "samples"
	cmd := &cobra.Command{
		Use:   "test [FILE|DIR...]",
		Short: "Run every rule's match / no-match examples (the built-in rules when no DIR is given)",
		Long: `test runs every rule's match and no-match examples: the fact sets of rules
over facts, and the sample apps of code-path rules, each scanned from --samples
(DIR/<name>.apk) with the built-in rules and those of the DIRs given. An example
whose app is not there is skipped, with a note.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			with, err := scanner.LoadRules(scanner.RuleSet{Dirs: args})
			if err != nil {
				return err
			}
			rs := with.Rules
			if len(args) > 0 {
				sets, err := scanner.CheckRules(args)
				if err != nil {
					return err
				}
				rs = nil
				for _, s := range sets {
					rs = append(rs, s.Rules...)
				}
			}
			skipped, err := scanner.TestRules(rs, with, samples)
			if _, serr := os.Stat(samples); serr != nil && len(skipped) > 0 {
				fmt.Fprintf(notes(cmd), "note: skipped the %s of code-path rules: %v (give --samples DIR)\n",
					plural(len(skipped), "app example", "app examples"), serr)
			} else {
				for _, s := range skipped {
					fmt.Fprintf(notes(cmd), "note: skipped %s\n", s)
				}
			}
			if err != nil {
				return &exitError{code: ExitFindings, err: err}
			}
			msg := "all examples pass"
			if len(skipped) > 0 {
				msg = fmt.Sprintf("all examples run pass, %s skipped", plural(len(skipped), "app example", "app examples"))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %s\n", plural(len(rs), "rule", "rules"), msg)
			return nil
		},
	}
	cmd.Flags().StringVar(&samples, "samples", samples, "the folder of the sample apps code-path rules' examples name")
	return cmd
}

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
	f, err := os.Open(in)
	if err != nil {
		return &exitError{code: ExitInput, err: err}
	}
	defer f.Close()
	imp, err := scanner.ImportExodus(f)
	if err != nil {
		var re *scanner.RuleError
		if errors.As(err, &re) {
			return err
		}
		return &exitError{code: ExitInput, err: fmt.Errorf("%s: %w", in, err)}
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return usageErr("-o: %v", err)
	}
	dst := filepath.Join(outDir, "exodus-trackers.yaml")
	if err := os.WriteFile(dst, imp.YAML, 0o644); err != nil {
		return usageErr("-o: %v", err)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "wrote %d tracker rules to %s (%d trackers left to hand-written rules)\n", imp.Rules, dst, imp.Claimed)
	return nil
}
