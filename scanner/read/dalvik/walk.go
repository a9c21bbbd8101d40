package dalvik

import "errors"

// Walk calls fn for every instruction of a method's insns, in address order,
// stepping exactly as `dexdump -d` does, so fn runs once per `|ADDR:` line
// dexdump prints for the method:
//
//   - every unit with low byte 0x00 is a nop of one unit, unless the whole
//     unit is a payload ident, in which case the payload counts as one
//     instruction whatever its length;
//   - unused opcodes are one-unit instructions and the walk goes on;
//   - there is no special treatment of "trailing data": whatever follows the
//     last real instruction is decoded as instructions too;
//   - an instruction or payload that runs past the end is still reported
//     (with Inst.Truncated set, missing units read as zero) and ends the
//     walk, as dexdump prints it and then stops.
//
// If fn returns an error, Walk stops and returns it unchanged. Otherwise
// Walk returns nil for well-formed code, or the decode errors it met
// (joined): non-fatal ones (ErrArgCount, ErrArrayData) do not stop it,
// ErrTruncated does. Either way fn has seen every instruction it could.
func Walk(insns []uint16, fn func(Inst) error) error {
	var errs []error
	for pc := 0; pc < len(insns); {
		inst, err := Decode(insns, pc)
		if err != nil && (len(errs) < maxWalkErrors || fatal(err)) {
			errs = append(errs, err)
		}
		if ferr := fn(inst); ferr != nil {
			return ferr
		}
		if err != nil && fatal(err) {
			break
		}
		pc += inst.Size
	}
	return errors.Join(errs...)
}

// maxWalkErrors caps how many decode errors Walk keeps, so hostile code
// full of bad instructions cannot make the error list grow with its size.
const maxWalkErrors = 8
