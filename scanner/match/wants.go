package match

// WantsMethod reports whether some rule could match a call of class->name
// (any descriptor). The indexer asks it so that it records call sites only
// for references a rule can use: most of an app's calls are to its own code
// and to the framework, and recording every site was most of a scan's cost.
func (e *Engine) WantsMethod(class, name string) bool {
	return e.wantsMember(class, name, e.methodByClass, e.methodWild)
}

// WantsField is WantsMethod for field accesses.
func (e *Engine) WantsField(class, name string) bool {
	return e.wantsMember(class, name, e.fieldByClass, e.fieldWild)
}

func (e *Engine) wantsMember(class, name string, byClass map[string][]int, wild []int) bool {
	for _, l := range byClass[class] {
		if p := e.leaves[l].Member; p.Name == "" || glob(p.Name, name) {
			return true
		}
	}
	for _, l := range wild {
		if p := e.leaves[l].Member; glob(p.Class, class) && (p.Name == "" || glob(p.Name, name)) {
			return true
		}
	}
	return false
}
