package flow

import "testing"

func TestParamsMatch(t *testing.T) {
	str := "Ljava/lang/String;"
	for _, tt := range []struct {
		want, params []string
		ok           bool
	}{
		{[]string{str}, []string{str}, true},
		{[]string{"*", str}, []string{"Lokhttp3/v;", str}, true},
		{[]string{str, str}, []string{str}, false},
		{[]string{str}, []string{"Ljava/lang/Object;"}, false},
		{nil, nil, true},
	} {
		if got := paramsMatch(tt.want, tt.params); got != tt.ok {
			t.Errorf("paramsMatch(%q, %q) = %v", tt.want, tt.params, got)
		}
	}
}
