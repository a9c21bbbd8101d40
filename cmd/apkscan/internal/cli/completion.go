package cli

import (
	"slices"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner"
	"github.com/apkscan/apkscan/scanner/finding"
)

// completeValues has the shell offer these values for a flag.
func completeValues(cmd *cobra.Command, flag string, values ...string) {
	_ = cmd.RegisterFlagCompletionFunc(flag, func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	})
}

// completeSeverities offers the severities for --min-severity and, with
// "none", for --fail-on.
func completeSeverities(cmd *cobra.Command) {
	if cmd.Flags().Lookup("fail-on") != nil {
		completeValues(cmd, "fail-on", append(finding.Severities(), "none")...)
	}
	if cmd.Flags().Lookup("min-severity") != nil {
		completeValues(cmd, "min-severity", finding.Severities()...)
	}
}

// completeRuleIDs offers the built-in rules' ids for --disable.
func completeRuleIDs(cmd *cobra.Command) {
	_ = cmd.RegisterFlagCompletionFunc("disable", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		rs, err := scanner.LoadRules(scanner.RuleSet{})
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		ids := make([]string, len(rs.Rules))
		for i, r := range rs.Rules {
			ids[i] = r.ID
		}
		slices.Sort(ids)
		return ids, cobra.ShellCompDirectiveNoFileComp
	})
}
