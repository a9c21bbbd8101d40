package flow

import (
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// The state under a key of no name. A browser may hand its mode to
// another component in an extra, or keep it in a preference, under a key
// that says nothing (putExtra("m", tab.isIncognito())); the reader's test
// of getBooleanExtra("m", false) is then a test of the mode. A boolean
// a preference setter stores under a constant key carries its incognito
// facts, and only those, to the reads of the same key in the same kind of
// store (an intent's extras and a Bundle are one kind, an editor's and
// its preferences' another), so that the test is a guard wherever the
// value was the state.

// stateKeyLoc returns the heap location of the state kept under key in
// the store of class cls.
func (e *engine) stateKeyLoc(cls, key string) int32 {
	switch {
	case cls == "Landroid/content/Intent;":
		cls = "Landroid/os/Bundle;"
	case strings.HasSuffix(cls, "$Editor;"):
		cls = strings.TrimSuffix(cls, "$Editor;") + ";"
	}
	return e.heapLoc("statekey:" + cls + "#" + key)
}

// keyedState handles a preference setter or getter with a constant key:
// a setter's incognito facts are kept under the key, a getter returns
// those kept so.
func (e *engine) keyedState(m *method, in dalvik.Inst, c *callee, static bool, regs []uint32, args []tset) tset {
	ps := c.ref.Proto.Parameters
	switch {
	case c.stateKey >= 0 && c.stateParam >= 0:
		kp, vp := paramSlot(static, ps, c.stateKey), paramSlot(static, ps, c.stateParam)
		if vp >= len(args) || kp >= len(regs) {
			return nil
		}
		t := e.stateFacts(e.concrete(m, args[vp]), false)
		if len(t) == 0 {
			return nil
		}
		if key, ok := m.constString(in, regs[kp]); ok {
			e.writeKey(e.stateKeyLoc(c.ref.Class, key), t)
		}
	case c.prefGet:
		if kp := declaredArg(static, c.ref, 0); kp < len(regs) {
			if key, ok := m.constString(in, regs[kp]); ok {
				return e.readKey(m, e.stateKeyLoc(c.ref.Class, key))
			}
		}
	}
	return nil
}
