package flow

import (
	"sort"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Coroutines whose library R8 renamed. A dispatch rule links
// BuildersKt.launch to the body it runs (invokeSuspend), so the guard
// around the launch guards the body. With kotlinx.coroutines and the
// Kotlin runtime renamed, no rule knows launch, and the library's own
// code reaches every body from every launch (its worker resumes a
// continuation, whose abstract invokeSuspend is every body): a body that
// reads page data itself would run unguarded. kotlinc puts one message in
// every body's state machine, which a shrinker keeps: a method taking and
// returning an Object whose code throws "call to 'resume' before 'invoke'
// with coroutine" is a coroutine body. Such a body is run where its lambda
// is made (as a dispatched callback no rule reached is, entry.go), and a
// bundled library's calls into its class (resumeWith, create, invoke) are
// not followed.

// resumeMessage is the message of kotlinc's state machines.
const resumeMessage = "call to 'resume' before 'invoke' with coroutine"

// bodyProto is a coroutine body's prototype.
const bodyProto = "(Ljava/lang/Object;)Ljava/lang/Object;"

// coroutineBody returns the coroutine body class c defines, or nil. The
// answer is kept per class.
func (e *engine) coroutineBody(c *class) *method {
	if b, ok := e.bodies[c]; ok {
		return b
	}
	var body *method
	if idx, ok := e.resumeString(c.file); ok {
		for _, m := range sortedMethods(c) {
			if m.static() || m.proto != bodyProto || !m.throwsResume(&e.cfg, idx) {
				continue
			}
			body = m
			break
		}
	}
	if e.bodies == nil {
		e.bodies = map[*class]*method{}
	}
	e.bodies[c] = body
	return body
}

// throwsResume reports whether m's code loads string idx (the message).
func (m *method) throwsResume(s *cfgScratch, idx uint32) bool {
	m.decode(s)
	for i := range m.insts {
		if op := m.insts[i].Op; op != dalvik.OpConstString && op != dalvik.OpConstStringJumbo {
			continue
		}
		if m.inst(i).Index == idx {
			return true
		}
	}
	return false
}

// resumeString returns the index of resumeMessage in f's string table,
// found by binary search (the table is sorted), kept per file.
func (e *engine) resumeString(f *dex.File) (uint32, bool) {
	if v, ok := e.resumeIdx[f]; ok {
		return uint32(v), v >= 0
	}
	idx := int64(-1)
	n := f.NumStrings()
	i := sort.Search(n, func(i int) bool {
		s, err := f.String(uint32(i))
		return err != nil || s >= resumeMessage // an unreadable entry ends the search there
	})
	if i < n {
		if s, err := f.String(uint32(i)); err == nil && s == resumeMessage {
			idx = int64(i)
		}
	}
	if e.resumeIdx == nil {
		e.resumeIdx = map[*dex.File]int64{}
	}
	e.resumeIdx[f] = idx
	return uint32(idx), idx >= 0
}

// intoCoroutine reports whether a call from m into t is a bundled
// library's call into a coroutine body's class (other than making one):
// the machinery that resumes every body, not followed.
func (e *engine) intoCoroutine(m, t *method) bool {
	return t.name != "<init>" && t.cls != m.cls && e.library(m.cls.name) && !e.library(t.cls.name) && e.coroutineBody(t.cls) != nil
}
