package casefile

import (
	"bytes"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"coregroup/locales"
	"coregroup/report"
)

// KeyedText is one localised text of a case file with its key path: the
// keys from the top of the file joined by dots, with [id] after a list
// whose items have ids and [n], counting from 0, after one whose items
// have not, such as children[ella].plan.worries[w-school].child or
// meetings[2].working_well[0]. Unlike a line number, a key path stays the
// same when the file is edited elsewhere; it is unique within a file.
type KeyedText struct {
	Path string
	// Key is the key the text is given under ("child"), and Doc what the
	// key means, from the model's doc tag.
	Key, Doc string
	Text     Text
	// Node is the text in the file's YAML tree: a scalar, or a mapping by
	// language. KeyNode is the key it is given under, nil for a list
	// item; Flow says whether it is inside a flow collection ({…} or
	// […]). Together they let a translation be written into the file in
	// place.
	Node, KeyNode *yaml.Node
	Flow          bool
}

// KeyedTexts returns every set localised text of the case file in data,
// in file order, each with its key path. When the file does not load
// without errors it returns no texts, and the problems.
func KeyedTexts(name string, data []byte) (*Case, []KeyedText, report.List) {
	c, probs := Parse(name, data)
	if c == nil || probs.Err() != nil {
		return c, nil, probs
	}
	doc, err := readTree(bytes.TrimPrefix(data, []byte("\uFEFF")))
	if err != nil || len(doc.Content) == 0 {
		// Parse has read the same bytes, so this does not happen.
		probs.Add("load.yaml", report.Error, report.Position{File: name}, locales.M("load.parser-failed"))
		return nil, nil, probs
	}
	w := siteWalker{set: map[[2]int]Text{}}
	c.EachText(func(_ string, t Text) { w.set[[2]int{t.Pos.Line, t.Pos.Col}] = t })
	w.walk(doc.Content[0], reflect.TypeFor[Case](), "", nil, nil, false)
	return c, w.sites, probs
}

// siteWalker walks the YAML tree and the model's types side by side, as
// the decoder does, and keeps the texts the loaded case has set.
type siteWalker struct {
	set   map[[2]int]Text // the loaded texts by line and column
	sites []KeyedText
}

func (w *siteWalker) walk(n *yaml.Node, t reflect.Type, path string, f *field, key *yaml.Node, flow bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	inner := flow || n.Style&yaml.FlowStyle != 0
	switch {
	case t == textType:
		if tx, ok := w.set[[2]int{n.Line, n.Column}]; ok && f != nil {
			w.sites = append(w.sites, KeyedText{Path: path, Key: f.key, Doc: f.doc, Text: tx, Node: n, KeyNode: key, Flow: flow})
		}
	case isModelStruct(t) && n.Kind == yaml.MappingNode:
		fields := fieldsOf(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if fd := findField(fields, k.Value); fd != nil && k.Kind == yaml.ScalarNode {
				p := fd.key
				if path != "" {
					p = path + "." + p
				}
				w.walk(n.Content[i+1], fd.typ, p, fd, k, inner)
			}
		}
	case t.Kind() == reflect.Slice && n.Kind == yaml.SequenceNode:
		used := map[string]bool{}
		for i, item := range n.Content {
			seg := itemID(item, t.Elem())
			if seg == "" || used[seg] {
				seg = strconv.Itoa(i)
			}
			used[seg] = true
			w.walk(item, t.Elem(), path+"["+seg+"]", f, nil, inner)
		}
	}
}

// itemID returns the id a list item gives itself, or "".
func itemID(item *yaml.Node, t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if !isModelStruct(t) || item.Kind != yaml.MappingNode {
		return ""
	}
	for _, f := range fieldsOf(t) {
		if f.id == "" {
			continue
		}
		for i := 0; i+1 < len(item.Content); i += 2 {
			if item.Content[i].Value == f.key && item.Content[i+1].Kind == yaml.ScalarNode {
				return strings.TrimSpace(item.Content[i+1].Value)
			}
		}
	}
	return ""
}
