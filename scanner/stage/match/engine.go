// Package match evaluates compiled rules over an app's index.Facts. Compile
// builds lookup structures once (maps keyed by class, package prefix,
// permission and string, and one Aho-Corasick automaton over every literal,
// host and URL-path key); Match then makes a single pass over each kind of
// fact, so the cost grows with the facts, not with facts × rules.
package match

import (
	"cmp"
	"fmt"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/index"
	"github.com/apkscan/apkscan/scanner/stage/internal/par"
	"github.com/apkscan/apkscan/scanner/stage/match/internal/aho"
)

// MaxEvidence caps the evidence listed per finding; the message says how
// many more places matched.
const MaxEvidence = 20

// MaxReadPlaces caps the places an identifier finding keeps for the
// attribution stage, which sorts out whose code each is in, folds and
// drops some, and then caps the rest at MaxEvidence.
const MaxReadPlaces = 2000

// Engine is a compiled rule set. It is safe for concurrent use: Match keeps
// all its state on the stack.
type Engine struct {
	rules  []compiledRule
	leaves []*rules.Cond

	classExact, classPkg map[string][]int
	typeExact, typePkg   map[string][]int
	methodByClass        map[string][]int
	methodWild           []int
	fieldByClass         map[string][]int
	fieldWild            []int
	// classAC prefilters class-regex and referenced-class-regex leaves on
	// their required literals, so descriptors are not run through every regex.
	classAC       *aho.Automaton
	classACUses   [][]acUse
	classReAlways []reUse

	strExact map[string][]int
	// strMinLen and strMaxLen bound the exact strings, so most values skip
	// hashing for a lookup that cannot succeed.
	strMinLen, strMaxLen int
	ac                   *aho.Automaton
	acUses               [][]acUse // AC pattern index -> what it stands for
	reAlways             []reUse   // regexes without a literal to prefilter on

	perms      map[string][]int
	metaData   map[string][]int
	components []int
	flags      []int
	files      []int
	tampering  map[string][]int // trick -> leaves
	blocklist  map[string][]int // format or any -> leaves
}

type compiledRule struct {
	rule *rules.Rule
	root *node
}

// node mirrors rules.Cond with leaves replaced by their index in Engine.leaves.
type node struct {
	op   rules.Op
	kids []*node
	leaf int
}

// Compile validates the rule set and builds the engine. It leaves out
// code-path rules, whose findings the code-path stage makes, and fails on
// nil rules or conditions, which only a caller bypassing the loader can
// produce.
func Compile(rs []*rules.Rule) (*Engine, error) {
	e := &Engine{
		classExact: map[string][]int{}, classPkg: map[string][]int{},
		typeExact: map[string][]int{}, typePkg: map[string][]int{},
		methodByClass: map[string][]int{}, fieldByClass: map[string][]int{},
		strExact: map[string][]int{}, perms: map[string][]int{}, metaData: map[string][]int{},
		tampering: map[string][]int{}, blocklist: map[string][]int{},
	}
	ac, classAC := newACBuilder(), newACBuilder()
	for _, r := range rs {
		if r != nil && r.CodePath != nil {
			continue // the code-path stage reports it
		}
		if r == nil || r.Match == nil {
			return nil, fmt.Errorf("match: rule %v has no condition", r)
		}
		root, err := e.compileCond(r.Match, ac, classAC)
		if err != nil {
			return nil, fmt.Errorf("match: rule %s: %w", r.ID, err)
		}
		e.rules = append(e.rules, compiledRule{rule: r, root: root})
	}
	var classErr error
	classDone := par.Go(func() { e.classAC, e.classACUses, classErr = classAC.build() })
	var err error
	e.ac, e.acUses, err = ac.build()
	classDone()
	if err = cmp.Or(err, classErr); err != nil {
		return nil, fmt.Errorf("match: %w", err)
	}
	e.strMinLen = -1
	for k := range e.strExact {
		if e.strMinLen < 0 || len(k) < e.strMinLen {
			e.strMinLen = len(k)
		}
		e.strMaxLen = max(e.strMaxLen, len(k))
	}
	return e, nil
}

func (e *Engine) compileCond(c *rules.Cond, ac, classAC *acBuilder) (*node, error) {
	if c == nil {
		return nil, fmt.Errorf("nil condition")
	}
	n := &node{op: c.Op, leaf: -1}
	switch c.Op {
	case rules.OpAll, rules.OpAny, rules.OpNot, rules.OpSameMethod:
		if len(c.Args) == 0 || (c.Op == rules.OpNot && len(c.Args) != 1) {
			return nil, fmt.Errorf("%s: wrong number of arguments (%d)", c.Op, len(c.Args))
		}
		for _, a := range c.Args {
			k, err := e.compileCond(a, ac, classAC)
			if err != nil {
				return nil, err
			}
			n.kids = append(n.kids, k)
		}
		return n, nil
	}
	n.leaf = len(e.leaves)
	e.leaves = append(e.leaves, c)
	return n, e.indexLeaf(n.leaf, c, ac, classAC)
}

// Match evaluates every rule against f and returns findings sorted by rule
// id. The same facts in any order give the same findings and IDs.
func (e *Engine) Match(f *index.Facts) []finding.Finding { return e.MatchJobs(f, 0) }

// MatchJobs is Match with at most jobs goroutines (0: no limit); with 1 the
// string pass does not run beside the other matchers.
func (e *Engine) MatchJobs(f *index.Facts, jobs int) []finding.Finding {
	if f == nil {
		return nil
	}
	hits := make([][]hit, len(e.leaves))
	// Strings (the Aho-Corasick pass, the longest) are matched on their
	// own hit lists while the rest runs; findings sort each rule's hits,
	// so the merge order does not show.
	strHits := make([][]hit, len(e.leaves))
	done := par.Start(jobs != 1, func() { e.scanStrings(f, strHits) })
	e.scanDex(f, hits)
	e.scanClassRegexes(f, hits)
	e.scanManifest(f, hits)
	e.scanFiles(f, hits)
	e.scanTampering(f, hits)
	e.scanBlocklists(f, hits)
	done()
	for l, hs := range strHits {
		hits[l] = append(hits[l], hs...)
	}
	return e.findings(hits)
}
