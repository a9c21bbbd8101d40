package cli

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/stage/match"
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
		Short: "List the built-in rules (and those of --rules DIR) with counts per category",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if category != "" && !slices.Contains(rules.Categories(), category) {
				return usageErr("--category %q: want one of %s", category, strings.Join(rules.Categories(), ", "))
			}
			rs, err := loadRules(dirs, nil)
			if err != nil {
				return err
			}
			return listRules(cmd.OutOrStdout(), rs, category)
		},
	}
	cmd.Flags().StringArrayVar(&dirs, "rules", nil, "also load rule files from this directory (repeatable)")
	cmd.Flags().StringVar(&category, "category", "", "only this category: "+strings.Join(rules.Categories(), ", "))
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
		Use:   "validate DIR...",
		Short: "Load rule directories strictly and report every problem at once (exit 2 on any)",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("%s: give at least one rule directory", cmd.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			rs, err := loadRuleDirs(args)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d rules valid\n", len(rs))
			return nil
		},
	}
}

func newRulesTestCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "test [DIR...]",
		Short: "Run every rule's match / no-match examples (the built-in rules when no DIR is given)",
		RunE: func(cmd *cobra.Command, args []string) error {
			var rs []*rules.Rule
			var err error
			if len(args) == 0 {
				rs, err = rules.Builtin()
				if err != nil {
					return &exitError{code: ExitUsage, err: err}
				}
			} else if rs, err = loadRuleDirs(args); err != nil {
				return err
			}
			if err := match.RunExamples(rs); err != nil {
				return &exitError{code: ExitFindings, err: err}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d rules: all examples pass\n", len(rs))
			return nil
		},
	}
}

// loadRuleDirs loads and merges the given directories only (no built-ins).
func loadRuleDirs(dirs []string) ([]*rules.Rule, error) {
	var sets [][]*rules.Rule
	for _, d := range dirs {
		rs, err := rules.LoadDir(d)
		if err != nil {
			return nil, &exitError{code: ExitUsage, err: err}
		}
		sets = append(sets, rs)
	}
	all, err := rules.Merge(sets...)
	if err != nil {
		return nil, &exitError{code: ExitUsage, err: err}
	}
	return all, nil
}
