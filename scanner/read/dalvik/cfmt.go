package dalvik

import (
	"math"
	"strconv"
)

// formatG formats v as C's printf("%g") does with glibc, which is what
// dexdump uses for float and double literals: 6 significant digits,
// trailing zeros dropped, exponent of at least two digits, and "inf",
// "nan" spelled in lower case with glibc's sign ("-nan" when the sign bit
// of the NaN is set).
func formatG(v float64) string {
	switch {
	case math.IsNaN(v):
		if math.Signbit(v) {
			return "-nan"
		}
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	// strconv's 'g' with precision 6 already follows C's rules for choosing
	// between %e and %f style and drops trailing zeros; its exponent has at
	// least two digits, as in C.
	return strconv.FormatFloat(v, 'g', 6, 64)
}
