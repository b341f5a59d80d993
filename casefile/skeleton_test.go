package casefile

import (
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestSkeletonLoadsForEveryPolicy(t *testing.T) {
	s := compileSchema(t)
	for _, policy := range []string{"england", "west-midlands", "wales", "scotland"} {
		for _, lang := range []string{"en", "cy"} {
			out, err := Skeleton(policy, lang, SkeletonOptions{})
			if err != nil {
				t.Fatal(err)
			}
			c, probs := Parse("skeleton.yaml", out)
			if len(probs) > 0 {
				t.Errorf("%s/%s: %v", policy, lang, probs.Err())
				continue
			}
			if c.Policy != policy || c.Language != lang {
				t.Errorf("%s/%s: got policy %q language %q", policy, lang, c.Policy, c.Language)
			}
			if err := s.Validate(instance(t, out)); err != nil {
				t.Errorf("%s/%s: schema rejects it: %v", policy, lang, err)
			}
		}
	}
}

func TestSkeletonHasEveryKeyWithAComment(t *testing.T) {
	out, err := Skeleton("wales", "cy", SkeletonOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	var walk func(n *yaml.Node, typ reflect.Type, path string)
	walk = func(n *yaml.Node, typ reflect.Type, path string) {
		for _, f := range fieldsOf(typ) {
			var val, key *yaml.Node
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == f.key {
					key, val = n.Content[i], n.Content[i+1]
				}
			}
			if key == nil {
				t.Errorf("skeleton lacks %s%s", path, f.key)
				continue
			}
			if !strings.Contains(key.HeadComment, f.doc) && !strings.Contains(n.HeadComment+key.HeadComment, f.doc) {
				t.Errorf("%s%s has no comment saying what it is", path, f.key)
			}
			et := elem(f.typ)
			if !isModelStruct(et) {
				continue
			}
			if val.Kind == yaml.SequenceNode && len(val.Content) > 0 {
				val = val.Content[0]
			}
			walk(val, et, path+f.key+".")
		}
	}
	walk(doc.Content[0], reflect.TypeFor[Case](), "")
}

func TestSkeletonRefusesBadArguments(t *testing.T) {
	if _, err := Skeleton("", "en", SkeletonOptions{}); err == nil {
		t.Error("empty policy accepted")
	}
	if _, err := Skeleton("wales", "welsh", SkeletonOptions{}); err == nil {
		t.Error("bad language accepted")
	}
}

func TestSkeletonOmitsAndComments(t *testing.T) {
	out, err := Skeleton("wales", "en", SkeletonOptions{Omit: []string{"my_world"}, Commented: []string{"resolution"}})
	if err != nil {
		t.Fatal(err)
	}
	src := string(out)
	if strings.Contains(src, "my_world") || strings.Contains(src, "\nresolution:") || !strings.Contains(src, "\n#resolution:") {
		t.Errorf("my_world not omitted or resolution not commented out:\n%s", src)
	}
	c, probs := Parse("skeleton.yaml", out)
	if len(probs) > 0 || c.Resolution != nil {
		t.Errorf("problems %v, resolution %v", probs.Err(), c.Resolution)
	}
}
