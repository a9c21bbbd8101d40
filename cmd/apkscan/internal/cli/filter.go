package cli

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/result/baseline"
	"github.com/apkscan/apkscan/scanner/result/ignore"
)

// projectConfig loads --config, or .apkscan.yaml next to the APK when
// --config is not given. A bad file is a usage error (exit 2).
func projectConfig(explicit, apkPath string) (*ignore.Config, error) {
	p := explicit
	if p == "" {
		p = ignore.Find(apkPath)
	}
	if p == "" {
		return nil, nil
	}
	c, err := ignore.Load(p)
	if err != nil {
		return nil, usageErr("%v", err)
	}
	return c, nil
}

// mergeConfig folds the project config into the flags: --fail-on given on
// the command line wins over the file's fail-on; rule directories and
// disabled rules from both are used together (the file's first).
func mergeConfig(cmd *cobra.Command, o scanOptions, c *ignore.Config) scanOptions {
	if c == nil {
		return o
	}
	if c.FailOn != "" && !cmd.Flags().Changed("fail-on") {
		o.failOn = c.FailOn
	}
	o.ruleDirs = append(append([]string(nil), c.Rules...), o.ruleDirs...)
	o.disable = append(append([]string(nil), c.Disable...), o.disable...)
	return o
}

// filterStage runs the filters after the severity floor: ignore entries,
// then the baseline. What they removed is said on stderr and in the
// result's diagnostics, never silently.
func filterStage(cmd *cobra.Command, res *finding.Result, c *ignore.Config, baselinePath string) error {
	st := ignore.Apply(res, c, time.Now())
	for _, e := range st.Expired {
		fmt.Fprintf(cmd.ErrOrStderr(), "apkscan: warning: %s:%d: ignore entry expired on %s; it no longer applies\n", c.Path, e.Line, e.Expires)
	}
	if st.Suppressed > 0 {
		fmt.Fprintf(cmd.ErrOrStderr(), "apkscan: %d findings suppressed by %s (not counted for --fail-on)\n", st.Suppressed, c.Path)
	}
	if baselinePath == "" {
		return nil
	}
	base, err := baseline.Load(baselinePath)
	if err != nil {
		return usageErr("--baseline: %v", err)
	}
	if n := baseline.Filter(res, base); n > 0 {
		fmt.Fprintf(cmd.ErrOrStderr(), "apkscan: %d findings already in the baseline %s are not shown\n", n, baselinePath)
	}
	return nil
}
