package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Lambdas as dex 038+ may keep them: invoke-custom with the call site
// LambdaMetafactory.metafactory (or altMetafactory) makes an object of a
// functional interface whose method runs the implementation method (a
// method handle among the call site's arguments) with the captured values
// (the invoke's registers) first. d8 usually desugars lambdas into
// synthetic classes, which the analysis follows like any class; for an
// invoke-custom, the object's method is taken to run where the object is
// made, as a callback object is reached from where it is made, so the
// guards around the invoke-custom guard the lambda's body.

// Method handle types (dex format: method_handle_item.method_handle_type).
const (
	handleInvokeStatic    = 0x04
	handleInvokeInstance  = 0x05
	handleInvokeDirect    = 0x07
	handleInvokeInterface = 0x08
)

// lambdaCall rewrites an invoke-custom making a lambda into the call of
// its implementation method with the captured values, when the values are
// all the method's parameters (a Runnable's or a Callable's body, whose
// interface method takes none): the call is then analysed like any other.
// Any other instruction, or a call site it cannot read, is returned as it
// is, and the lambda's body is not followed from there.
func lambdaCall(f *dex.File, in dalvik.Inst) (dalvik.Inst, bool) {
	if in.Op != dalvik.OpInvokeCustom && in.Op != dalvik.OpInvokeCustomRange {
		return in, false
	}
	vals, err := f.CallSite(in.Index)
	if err != nil || len(vals) < 5 || vals[0].Type != dex.ValueMethodHandle || vals[4].Type != dex.ValueMethodHandle {
		return in, false
	}
	boot, err := f.MethodHandle(vals[0].Index)
	if err != nil || boot.Type != handleInvokeStatic {
		return in, false
	}
	if ref, err := f.MethodRef(uint32(boot.FieldOrMethodID)); err != nil || ref.Class != "Ljava/lang/invoke/LambdaMetafactory;" ||
		ref.Name != "metafactory" && ref.Name != "altMetafactory" {
		return in, false
	}
	impl, err := f.MethodHandle(vals[4].Index)
	if err != nil {
		return in, false
	}
	ref, err := f.MethodRef(uint32(impl.FieldOrMethodID))
	if err != nil {
		return in, false
	}
	var op dalvik.Opcode
	slots := 1 // the receiver
	switch impl.Type {
	case handleInvokeStatic:
		op, slots = dalvik.OpInvokeStatic, 0
	case handleInvokeInstance:
		op = dalvik.OpInvokeVirtual
	case handleInvokeDirect:
		op = dalvik.OpInvokeDirect
	case handleInvokeInterface:
		op = dalvik.OpInvokeInterface
	default:
		return in, false // a constructor or field reference
	}
	for _, p := range ref.Proto.Parameters {
		slots++
		if p == "J" || p == "D" {
			slots++
		}
	}
	if len(in.ArgRegs()) != slots {
		return in, false
	}
	if in.Op == dalvik.OpInvokeCustomRange {
		op += dalvik.OpInvokeVirtualRange - dalvik.OpInvokeVirtual // the /range form, same format as invoke-custom/range
	}
	in.Op, in.Index = op, uint32(impl.FieldOrMethodID)
	return in, true
}
