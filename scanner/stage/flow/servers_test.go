package flow

import "testing"

func TestRegType(t *testing.T) {
	params := []string{"Landroid/content/Context;", "J", "Ljava/lang/String;"}
	for _, tt := range []struct {
		static bool
		pos    int
		want   string
	}{
		{false, 0, "LCls;"},
		{false, 1, "Landroid/content/Context;"},
		{false, 2, "J"},
		{false, 3, ""}, // the long's second half
		{false, 4, "Ljava/lang/String;"},
		{false, 5, ""},
		{true, 0, "Landroid/content/Context;"},
		{true, 3, "Ljava/lang/String;"},
	} {
		if got := regType(tt.static, "LCls;", params, tt.pos); got != tt.want {
			t.Errorf("regType(static=%v, %d) = %q, want %q", tt.static, tt.pos, got, tt.want)
		}
	}
}
