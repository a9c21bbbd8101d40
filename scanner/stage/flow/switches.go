package flow

import "strings"

// Tracker switches. A browser may switch a tracker SDK's collection off
// in incognito mode (FirebaseAnalytics.setAnalyticsCollectionEnabled(
// !incognito)) rather than test the mode before each event: the SDK's
// events are then not sent in incognito mode, wherever they are logged.
// A switch given a value the state says is false in incognito mode
// turns the SDK off then, unless some call of it is given one true then
// (spec incognito tracker-switches). What the switch's class logs is no
// bypass.

// trackerSwitch records what a switch call's first boolean argument says
// of incognito mode for the switch's class.
func (e *engine) trackerSwitch(m *method, c *callee, static bool, args []tset) {
	for k, p := range c.ref.Proto.Parameters {
		if p != "Z" {
			continue
		}
		if s := declaredArg(static, c.ref, k); s < len(args) {
			switch polarity(e.stateFacts(e.concrete(m, args[s]), false)) {
			case polNeg: // true when not in incognito mode: off in it
				e.markSwitch(c.ref.Class, false)
			case polPos, polMixed:
				e.markSwitch(c.ref.Class, true)
			}
		}
		return
	}
}

// markSwitch notes a switch of cls given a value false (on: true) in
// incognito mode.
func (e *engine) markSwitch(cls string, on bool) {
	if e.switchedOff == nil {
		e.switchedOff = map[string]bool{}
	}
	if on {
		e.switchedOff[cls] = false
	} else if _, seen := e.switchedOff[cls]; !seen {
		e.switchedOff[cls] = true
	}
}

// offInIncognito reports whether sink API what ("Lcls;->name") belongs to
// a tracker class the app switches off in incognito mode.
func (e *engine) offInIncognito(what string) bool {
	cls, _, _ := strings.Cut(what, "->")
	return e.switchedOff[cls]
}
