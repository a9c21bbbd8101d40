package app

import (
	"errors"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/read/apk"
)

// TestParseDexPanicReachesCaller: a panic while reading one dex file (a
// bug: here a nil archive) is re-raised in the goroutine that scans the
// app, where the batch runner recovers it as that app's error. Raised on a
// bare helper goroutine instead, it would end the whole process.
func TestParseDexPanicReachesCaller(t *testing.T) {
	for _, jobs := range []int{1, 2, 4} {
		srcs := []dexSource{{ar: nil, e: &apk.Entry{Path: "classes.dex"}}, {ar: nil, e: &apk.Entry{Path: "classes2.dex"}}}
		got := func() (p any) {
			defer func() { p = recover() }()
			(&App{}).parseDex(srcs, Options{Jobs: jobs})
			return nil
		}()
		if got == nil {
			t.Errorf("jobs %d: no panic reached the caller", jobs)
		} else if jobs > 1 && !strings.Contains(got.(string), "helper goroutine") {
			t.Errorf("jobs %d: panic %v, want it re-raised from the helper", jobs, got)
		}
	}
}

// TestLoadPanicIsInputError: a panic while loading becomes the file's
// InputError, not a crash.
func TestLoadPanicIsInputError(t *testing.T) {
	testHookLoad = func(string) { panic("reader bug") }
	defer func() { testHookLoad = nil }()
	a, err := Load("some.apk", Options{})
	var ie *InputError
	if a != nil || !errors.As(err, &ie) || ie.Path != "some.apk" || !strings.Contains(err.Error(), "internal error") ||
		!strings.Contains(err.Error(), "reader bug") {
		t.Errorf("Load = %v, %v; want nil and an InputError naming the file and the panic", a, err)
	}
}
