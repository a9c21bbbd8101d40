package dalvik

import (
	"errors"
	"fmt"
)

// Sentinel errors, matched with errors.Is on the *Error that wraps them.
var (
	// ErrPC: the requested address is not inside insns.
	ErrPC = errors.New("pc out of range")
	// ErrTruncated: the instruction's operands or payload run past the end
	// of insns. Fatal for Walk: nothing after it can be located.
	ErrTruncated = errors.New("instruction truncated")
	// ErrArgCount: a 35c-family instruction names more than 5 argument
	// registers. The size is still known, so Walk carries on.
	ErrArgCount = errors.New("argument count exceeds 5")
	// ErrArrayData: a fill-array-data payload whose element_width*size does
	// not fit the units its (32-bit wrapped) size field claims. Walk carries
	// on with the wrapped size, as dexdump does.
	ErrArrayData = errors.New("array data size overflows")

	// errInternal marks a recovered decoder bug; Walk treats it as fatal.
	errInternal = errors.New("internal error")
)

// Error describes malformed code at one address.
type Error struct {
	PC     int    // code-unit address of the instruction
	Name   string // mnemonic of the instruction, "" when unknown
	Detail string // what is wrong, with the numbers involved
	Err    error  // one of the sentinels above
}

func (e *Error) Error() string {
	name := ""
	if e.Name != "" {
		name = " " + e.Name
	}
	return fmt.Sprintf("dalvik: insns[0x%04x]%s: %s: %v", e.PC, name, e.Detail, e.Err)
}

// Unwrap returns the sentinel.
func (e *Error) Unwrap() error { return e.Err }

// fatal reports whether Walk must stop after err: only truncation (or an
// unknown error) loses track of where the next instruction starts.
func fatal(err error) bool {
	return !errors.Is(err, ErrArgCount) && !errors.Is(err, ErrArrayData)
}
