// Package cli is apkscan's command line: each cobra command turns flags into
// typed options, makes one library call, writes one report and returns an
// exit code. Nothing here calls os.Exit, so commands are tested as functions.
package cli

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// Run executes apkscan with args and returns the process exit code.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return execute(ctx, newRootCmd(stdout, stderr), args, stderr)
}

// execute runs root. A panic on the command's goroutine (a bug: readers
// and stages recover their own) is reported as an internal error with its
// stack, exit code 4, not as Go's crash.
func execute(ctx context.Context, root *cobra.Command, args []string, stderr io.Writer) (code int) {
	var prof profiler
	var proc procSettings
	defer func() {
		if p := recover(); p != nil {
			proc.restore()
			_ = prof.stop()
			fmt.Fprintf(stderr, "apkscan: internal error: %v\n%s\napkscan: this is a bug; please report it with the command line and the input\n", p, debug.Stack())
			code = ExitInternal
		}
	}()
	prof.register(root)
	// Once, before the command runs: the profile starts, and the
	// process's settings for this command apply (process.go).
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		if err := prof.start(); err != nil {
			return err
		}
		return proc.apply(cmd, args)
	}
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	proc.restore()
	if perr := prof.stop(); err == nil && perr != nil {
		err = perr
	}
	return exitCode(err, stderr)
}

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "apkscan",
		Short: "Find trackers, analytics endpoints and identifier collection in Android apps",
		Long: `apkscan reads an Android app (APK) without running or decompiling it and reports,
with evidence, which tracking SDKs it embeds, which analytics endpoints it talks to
and which device identifiers it collects.

` + exitCodesHelp,
		SilenceErrors: true,
		SilenceUsage:  true,
		Version:       version(),
	}
	root.SetVersionTemplate(versionTemplate())
	pf := root.PersistentFlags()
	pf.BoolP("verbose", "v", false, "say more: every evidence place and diagnostic, the project file used")
	pf.BoolP("quiet", "q", false, "say nothing on standard error but errors (no notes, warnings or progress)")
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageErr("%v", err) })
	root.AddCommand(newInfoCmd(), newScanCmd(), newStringsCmd(), newRulesCmd(), newDiffCmd(),
		newSummarizeCmd(), newScanOneCmd(), newVersionCmd())
	return root
}

// exactArgs is cobra.ExactArgs with a usage exit code.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.ExactArgs(n)(cmd, args); err != nil {
			return usageErr("%s: %v", commandName(cmd), err)
		}
		return nil
	}
}

// commandName is the command as a user typed it, without the program's
// name, which every message already starts with ("apkscan: scan: ...").
func commandName(cmd *cobra.Command) string {
	return strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()+" ")
}

// verbose and quiet are the root's -v and -q, which every command takes.
func verbose(cmd *cobra.Command) bool {
	v, _ := cmd.Flags().GetBool("verbose")
	return v
}

func quiet(cmd *cobra.Command) bool {
	q, _ := cmd.Flags().GetBool("quiet")
	return q
}

// notes is where a command's notes and warnings go: standard error, or
// nowhere with -q.
func notes(cmd *cobra.Command) io.Writer {
	if quiet(cmd) {
		return io.Discard
	}
	return cmd.ErrOrStderr()
}
