package flow

import (
	"slices"
	"strings"
	"testing"
)

// TestInvokeCustomLambda: a lambda kept as invoke-custom runs its body
// with the captured values. testdata/lambda/classes.dex is built from
// Main.smali with `smali assemble -j 1 --api 26` (dex 038): a Runnable made
// by invoke-custom and one by invoke-custom/range are followed into their
// bodies, which log what they captured; a Consumer, whose body also takes
// the accepted value, is not.
func TestInvokeCustomLambda(t *testing.T) {
	res := analyzeSmaliDex(t, "lambda", nil)
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Rule+" "+f.Evidence[0].Value+" -> "+f.Evidence[1].Value)
		var custom bool
		for _, st := range f.Path {
			custom = custom || strings.HasPrefix(st.Inst, "invoke-custom")
		}
		if !custom {
			t.Errorf("%s: no step shows the invoke-custom as written: %+v", f.Evidence[0].Value, f.Path)
		}
	}
	slices.Sort(got)
	want := []string{
		"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->d",
		"flow-leak Landroid/telephony/TelephonyManager;->getImei -> Landroid/util/Log;->d",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
