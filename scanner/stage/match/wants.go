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
	// The name first: it is the cheaper and rarer match (the indexer asks
	// about every method_ids entry, and a class pattern such as
	// "*/MdidSdkHelper;" would be globbed against each class).
	for _, l := range wild {
		if p := e.leaves[l].Member; (p.Name == "" || glob(p.Name, name)) && glob(p.Class, class) {
			return true
		}
	}
	return false
}

// WantsMethodClass reports whether some rule could match a call of any
// method of class: the indexer asks it once per class, before decoding
// the names of the class's methods for WantsMethod.
func (e *Engine) WantsMethodClass(class string) bool {
	return e.wantsClass(class, e.methodByClass, e.methodWild)
}

// WantsFieldClass is WantsMethodClass for field accesses.
func (e *Engine) WantsFieldClass(class string) bool {
	return e.wantsClass(class, e.fieldByClass, e.fieldWild)
}

func (e *Engine) wantsClass(class string, byClass map[string][]int, wild []int) bool {
	if len(byClass[class]) > 0 {
		return true
	}
	for _, l := range wild {
		if glob(e.leaves[l].Member.Class, class) {
			return true
		}
	}
	return false
}
