package dalvik

import (
	"fmt"
	"math"
	"strings"
)

// Text renders the instruction exactly like the part of a `dexdump -d` line
// after "|ADDR: ", e.g.
//
//	invoke-direct {v0}, Ljava/lang/Object;.<init>:()V // method@0004
//	const/4 v0, #int 1 // #1
//	if-eqz v0, 0008 // +0005
//	packed-switch-data (8 units)
//
// Pool references are resolved through r (nil resolves nothing); where r
// fails, dexdump's placeholder ("<string?>", "<method?>", ...) is printed.
// Like dexdump, strings are printed raw between quotes, without escaping,
// and method handles and call sites are shown by index only.
func (i Inst) Text(r Resolver) string {
	var b strings.Builder
	if i.IsPayload() {
		fmt.Fprintf(&b, "%s (%d units)", i.PayloadKind(), i.Size)
		return b.String()
	}
	if i.Op == OpNop {
		return "nop // spacer"
	}
	b.WriteString(i.Op.Name())
	var index string
	if k := i.IndexKind(); k != IndexNone {
		index = indexText(i, k, r)
	}
	i.writeOperands(&b, index)
	return b.String()
}

// writeOperands appends the operands in dexdump's layout for i.Format.
func (i Inst) writeOperands(b *strings.Builder, index string) {
	switch i.Format {
	case Format10x:
	case Format12x, Format22x, Format32x:
		fmt.Fprintf(b, " v%d, v%d", i.A, i.B)
	case Format11n:
		fmt.Fprintf(b, " v%d, #int %d // #%x", i.A, i.Literal, uint8(i.Literal))
	case Format11x:
		fmt.Fprintf(b, " v%d", i.A)
	case Format10t, Format20t:
		fmt.Fprintf(b, " %s", i.branchText())
	case Format21t:
		fmt.Fprintf(b, " v%d, %s", i.A, i.branchText())
	case Format21s:
		fmt.Fprintf(b, " v%d, #int %d // #%x", i.A, i.Literal, uint16(i.Literal))
	case Format21h:
		if i.Op == OpConstHigh16 {
			fmt.Fprintf(b, " v%d, #int %d // #%x", i.A, i.Literal, uint16(i.Literal>>16))
		} else {
			fmt.Fprintf(b, " v%d, #long %d // #%x", i.A, i.Literal, uint16(uint64(i.Literal)>>48))
		}
	case Format21c, Format31c:
		fmt.Fprintf(b, " v%d, %s", i.A, index)
	case Format23x:
		fmt.Fprintf(b, " v%d, v%d, v%d", i.A, i.B, i.C)
	case Format22b:
		fmt.Fprintf(b, " v%d, v%d, #int %d // #%02x", i.A, i.B, i.Literal, uint8(i.Literal))
	case Format22t:
		fmt.Fprintf(b, " v%d, v%d, %s", i.A, i.B, i.branchText())
	case Format22s:
		fmt.Fprintf(b, " v%d, v%d, #int %d // #%04x", i.A, i.B, i.Literal, uint16(i.Literal))
	case Format22c, Format22cs:
		fmt.Fprintf(b, " v%d, v%d, %s", i.A, i.B, index)
	case Format30t:
		fmt.Fprintf(b, " #%08x", uint32(i.Branch))
	case Format31i:
		f := math.Float32frombits(uint32(i.Literal))
		fmt.Fprintf(b, " v%d, #float %s // #%08x", i.A, formatG(float64(f)), uint32(i.Literal))
	case Format31t:
		// dexdump adds in 32-bit unsigned arithmetic and always prints "+".
		fmt.Fprintf(b, " v%d, %08x // +%08x", i.A, uint32(i.PC)+uint32(i.Branch), uint32(i.Branch))
	case Format35c, Format35ms, Format45cc:
		b.WriteString(" {")
		for k := range min(i.ArgCount, len(i.Args)) {
			if k > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(b, "v%d", i.Args[k])
		}
		fmt.Fprintf(b, "}, %s", index)
	case Format3rc, Format3rms, Format4rcc:
		b.WriteString(" {")
		for k := range i.RangeCount {
			if k > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(b, "v%d", i.RangeStart+uint32(k))
		}
		fmt.Fprintf(b, "}, %s", index)
	case Format51l:
		fmt.Fprintf(b, " v%d, #double %s // #%016x", i.A,
			formatG(math.Float64frombits(uint64(i.Literal))), uint64(i.Literal))
	default:
		// 20bc, 35mi, 3rmi: no Android 11 opcode uses them; dexdump's
		// fallback.
		b.WriteString(" ???")
	}
}

// branchText renders "TARGET // +OFFS" for 10t/20t/21t/22t; dexdump computes
// the target in 32-bit unsigned arithmetic.
func (i Inst) branchText() string {
	sign, mag := '+', int64(i.Branch)
	if mag < 0 {
		sign, mag = '-', -mag
	}
	return fmt.Sprintf("%04x // %c%04x", uint32(int64(i.PC)+int64(i.Branch)), sign, mag)
}

// indexText renders the index operand as dexdump's indexString does.
func indexText(i Inst, kind IndexKind, r Resolver) string {
	width := 4
	if i.Format == Format31c {
		width = 8
	}
	idx := i.Index
	resolve := func(f func(Resolver, uint32) (string, error), idx uint32) (string, bool) {
		if r == nil {
			return "", false
		}
		s, err := f(r, idx)
		return s, err == nil
	}
	switch kind {
	case IndexUnknown:
		return "<unknown-index>"
	case IndexType:
		if s, ok := resolve(Resolver.ResolveType, idx); ok {
			return fmt.Sprintf("%s // type@%0*x", s, width, idx)
		}
		return fmt.Sprintf("<type?> // type@%0*x", width, idx)
	case IndexString:
		if s, ok := resolve(Resolver.ResolveString, idx); ok {
			return fmt.Sprintf("\"%s\" // string@%0*x", s, width, idx)
		}
		return fmt.Sprintf("<string?> // string@%0*x", width, idx)
	case IndexMethod:
		if s, ok := resolve(Resolver.ResolveMethod, idx); ok {
			return fmt.Sprintf("%s // method@%0*x", s, width, idx)
		}
		return fmt.Sprintf("<method?> // method@%0*x", width, idx)
	case IndexField:
		if s, ok := resolve(Resolver.ResolveField, idx); ok {
			return fmt.Sprintf("%s // field@%0*x", s, width, idx)
		}
		return fmt.Sprintf("<field?> // field@%0*x", width, idx)
	case IndexVtableOffset:
		return fmt.Sprintf("[%0*x] // vtable #%0*x", width, idx, width, idx)
	case IndexFieldOffset:
		return fmt.Sprintf("[obj+%0*x]", width, idx)
	case IndexMethodAndProto:
		method, ok := resolve(Resolver.ResolveMethod, idx)
		if !ok {
			method = "<method?>"
		}
		proto, ok := resolve(Resolver.ResolveProto, i.Index2)
		if !ok {
			proto = "<proto?>"
		}
		return fmt.Sprintf("%s, %s // method@%0*x, proto@%0*x", method, proto, width, idx, width, i.Index2)
	case IndexCallSite:
		return fmt.Sprintf("call_site@%0*x", width, idx)
	case IndexMethodHandle:
		return fmt.Sprintf("method_handle@%0*x", width, idx)
	case IndexProto:
		if s, ok := resolve(Resolver.ResolveProto, idx); ok {
			return fmt.Sprintf("%s // proto@%0*x", s, width, idx)
		}
		return fmt.Sprintf("<?> // proto@%0*x", width, idx)
	}
	return "<?>"
}
