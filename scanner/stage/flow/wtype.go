package flow

// What a witness knows of a value's class. A call graph built from
// declared types sends a value into every implementation of the method it
// calls: an erased generic bridge (an Rx consumer's accept(Object)) is
// given a URL as readily as the Throwable it expects. The one class worth
// tracking is the one nearly every leaked value has: a String (wString)
// is known from the declared type of the source, parameter, field or
// call result that gave it, and a check-cast it cannot pass ends its
// path.

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// cast applies a check-cast of the value's register: a String passes
// only a cast to one of String's own types (the cast throws otherwise,
// and the value is in no exception), and a value of unknown class that
// passes a cast to String is known to be one. It reports whether the
// value goes on unchanged.
func (s *search) cast(n int32, m *method, i int32, in dalvik.Inst) bool {
	k := s.nodes[n].k
	t, err := m.file.Type(in.Index)
	switch {
	case err != nil:
		return true
	case k.flags&wString != 0:
		return stringTypes[t]
	case t == typeString:
		for _, x := range s.succs(m, i) {
			s.push(wkey{m, x, k.reg, k.fld, k.flags | wString, 0}, n, wvia{})
		}
		for _, h := range s.handlers(m, i) { // not a String: still in its register
			s.push(wkey{m, h, k.reg, k.fld, k.flags, 0}, n, wvia{})
		}
		return false
	}
	return true
}

const (
	typeString = "Ljava/lang/String;"
	typeObject = "Ljava/lang/Object;"
)

// stringTypes are the types a String is an instance of.
var stringTypes = map[string]bool{typeString: true, "Ljava/lang/Object;": true, "Ljava/lang/CharSequence;": true,
	"Ljava/lang/Comparable;": true, "Ljava/io/Serializable;": true,
	"Ljava/lang/constant/Constable;": true, "Ljava/lang/constant/ConstantDesc;": true}

// stringIf returns fl with wString set when a value of declared type typ
// is a String, and cleared otherwise: a step that makes a new value.
func stringIf(fl wflags, typ string) wflags {
	if typ == typeString {
		return fl | wString
	}
	return fl &^ wString
}

// sourceType returns the declared type of what a source statement gives:
// its call's return type or its field's type ("" if unknown).
func sourceType(m *method, in dalvik.Inst) string {
	if in.Flags()&dalvik.IsInvoke != 0 {
		if r, err := m.file.MethodRef(in.Index); err == nil {
			return r.Proto.ReturnType
		}
		return ""
	}
	if r, err := m.file.FieldRef(in.Index); err == nil {
		return r.Type
	}
	return ""
}
