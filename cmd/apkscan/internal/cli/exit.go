package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/apkscan/apkscan/scanner"
)

// Exit codes, documented in README.md and `apkscan --help`.
const (
	ExitOK       = 0 // read / scanned; nothing at or above --fail-on
	ExitFindings = 1 // findings at or above --fail-on
	ExitUsage    = 2 // bad flags or arguments, bad rule files
	ExitInput    = 3 // input unreadable or not an Android app
	ExitInternal = 4 // a bug in apkscan (an internal error, reported with its stack)
)

// exitCodes says what each exit code means, in the words README.md's
// table uses (TestReadmeMatchesHelp holds them together).
var exitCodes = []struct {
	code    int
	meaning string
}{
	{ExitOK, "success; for `scan`, no finding at or above `--fail-on` (default `high`; `none` never fails)"},
	{ExitFindings, "`scan`: findings at or above `--fail-on` (after the ignore entries and the baseline); `diff`: added items at or above `--fail-on`; `rules test`: an example failed"},
	{ExitUsage, "usage error: bad flag or argument, invalid rule file, `.apkscan.yaml` or baseline"},
	{ExitInput, "input unreadable, read only in part, or not an Android app (whatever could be read is still written); in a batch, any app that could not be read"},
	{ExitInternal, "internal error: a bug in apkscan, printed with its stack"},
}

// exitCodesHelp is the exit-code table every command's help ends with.
var exitCodesHelp = func() string {
	var b strings.Builder
	b.WriteString("Exit codes:")
	for _, e := range exitCodes {
		fmt.Fprintf(&b, "\n  %d  %s", e.code, strings.ReplaceAll(e.meaning, "`", ""))
	}
	return b.String()
}()

// exitError carries an exit code through cobra's error return.
type exitError struct {
	code int
	err  error // nil: exit silently (the output already says why)
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

func usageErr(format string, args ...any) error {
	return &exitError{code: ExitUsage, err: fmt.Errorf(format, args...)}
}

// exitCode maps any error from a command to an exit code and prints it:
// a rule problem is a usage error, an input that is not a readable app is
// an input error. Errors cobra returns itself (unknown flag or command)
// are usage errors.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return ExitOK
	}
	code := ExitUsage
	var ee *exitError
	var re *scanner.RuleError
	switch {
	case errors.As(err, &ee):
		if ee.err == nil {
			return ee.code
		}
		code = ee.code
	case errors.As(err, &re):
		code = ExitUsage
	case scanner.IsInputError(err):
		code = ExitInput
	}
	fmt.Fprintf(stderr, "apkscan: %v\n", err)
	return code
}

// inputErr is an input that cannot be read (exit 3), naming its path once.
func inputErr(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == path {
		err = pe.Err
	}
	return &exitError{code: ExitInput, err: fmt.Errorf("%s: %w", path, err)}
}
