// Package redact makes a copy of a case file that can be shared: to show a
// problem, to train, to report a bug. Every name, address, phone number,
// e-mail address, date of birth and reference in it is replaced by a
// fictitious one, always the same one for the same original, in the
// structured values and in every text; every comment is removed; and every
// date moves back by the same whole number of weeks, so that the checks
// find in the copy what they find in the case, dates and names aside.
// File proves that before it returns a copy.
package redact

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"coregroup/casefile"
	"coregroup/check"
	"coregroup/report"
)

// attempts is how many sets of stand-ins File tries before it gives up.
const attempts = 50

// Result is a redacted copy.
type Result struct {
	// Data is the copy, a case file.
	Data []byte
	// Shift is the number of days every date moved (negative: back).
	Shift int
	// AsOf is the day the copy is checked as on to find what the case
	// shows as on the day File was given.
	AsOf time.Time
	// Unchecked are the words of the copy's texts that start with a
	// capital letter, not at the start of a sentence, and that File did
	// not replace: a name written only in a text, and not as a person of
	// the case, may be among them. A person should read them before the
	// copy is shared.
	Unchecked []string
}

// File returns a redacted copy of the case file data, named name in
// errors, whose findings under opts (as on the day opts.AsOf moved by the
// shift) are those of the case as on opts.AsOf, with names and dates
// replaced as in the copy. The same file gives the same copy; the stand-ins
// are chosen from the file's content, so the copy does not tell them. The
// case must load without errors.
func File(name string, data []byte, opts check.Options) (*Result, error) {
	res, _, err := redact(name, data, opts)
	return res, err
}

// redact is File, which also returns the stand-ins it used.
func redact(name string, data []byte, opts check.Options) (*Result, *redactor, error) {
	c, probs := casefile.Parse(name, data)
	if err := probs.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s does not load, so it cannot be redacted; fix it first (coregroup validate %s):\n%w", name, name, err)
	}
	want, err := check.Run(c, opts)
	if err != nil {
		return nil, nil, err
	}
	words := opts.Words
	if words == nil {
		words = check.BuiltinWords()
	}
	sum := sha256.Sum256(data)
	seed1, seed2 := binary.LittleEndian.Uint64(sum[:8]), binary.LittleEndian.Uint64(sum[8:16])
	var last error
	for i := range attempts {
		r := newRedactor(c, rand.New(rand.NewPCG(seed1, seed2+uint64(i))), words.GroupWords())
		out, err := r.copy(name, data)
		if err != nil {
			return nil, nil, err
		}
		copyOpts := opts
		copyOpts.AsOf = r.shiftDate(opts.AsOf)
		copied, err := r.sameFindings(name, out, want, copyOpts)
		if err == nil {
			return &Result{Data: out, Shift: r.shift, AsOf: copyOpts.AsOf, Unchecked: r.unchecked(copied)}, r, nil
		}
		last = err
	}
	return nil, nil, fmt.Errorf("%s: no fictitious names and dates found that keep every finding the same (last try: %v); please report this", name, last)
}

// header opens every copy.
const header = "Redacted copy, made by coregroup redact: every name, address, phone number,\n" +
	"e-mail address, date of birth and reference is fictitious, every date is moved\n" +
	"by the same number of weeks, and the comments are removed."

// copy writes the redacted copy of data.
func (r *redactor) copy(name string, data []byte) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(bytes.TrimPrefix(data, []byte("\uFEFF")), &doc); err != nil || len(doc.Content) == 0 {
		return nil, fmt.Errorf("%s: %v", name, err) // the case has loaded, so this does not happen
	}
	root := doc.Content[0]
	r.walk(root, reflect.TypeFor[casefile.Case](), "", false)
	markFictitious(root)
	root.HeadComment = header
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// markFictitious sets fictitious: true, so that every document made from
// the copy says so on every page.
func markFictitious(root *yaml.Node) {
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "fictitious" {
			v := root.Content[i+1]
			v.Kind, v.Tag, v.Value, v.Style = yaml.ScalarNode, "!!bool", "true", 0
			return
		}
	}
	at := 0
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "ref" {
			at = i + 2
		}
	}
	kv := []*yaml.Node{
		{Kind: yaml.ScalarNode, Tag: "!!str", Value: "fictitious"},
		{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"},
	}
	root.Content = slices.Insert(root.Content, at, kv...)
}

// sameFindings checks that the copy loads and its findings under opts are
// want with its stand-ins, and returns the copy's case.
func (r *redactor) sameFindings(name string, out []byte, want report.List, opts check.Options) (*casefile.Case, error) {
	c, probs := casefile.Parse(name, out)
	if err := probs.Err(); err != nil {
		return nil, fmt.Errorf("the copy does not load: %w", err)
	}
	got, err := check.Run(c, opts)
	if err != nil {
		return nil, err
	}
	a, b := r.keys(want, true), r.keys(got, false)
	if !slices.Equal(a, b) {
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				return nil, fmt.Errorf("%s instead of %s", b[i], a[i])
			}
		}
		return nil, fmt.Errorf("%d findings instead of %d", len(b), len(a))
	}
	return c, nil
}

// keys returns each finding as its rule, severity, message and the
// message's values, sorted; with stand-ins, the values of the case's
// findings as the copy's would be.
func (r *redactor) keys(fs report.List, stand bool) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		var b strings.Builder
		fmt.Fprintf(&b, "%s %s %s", f.Rule, f.Severity, f.Message.ID)
		names := make([]string, 0, len(f.Message.Data))
		for k := range f.Message.Data {
			names = append(names, k)
		}
		slices.Sort(names)
		for _, k := range names {
			v := f.Message.Data[k]
			if stand {
				v = r.value(v)
			}
			fmt.Fprintf(&b, " %s=%v", k, v)
		}
		out = append(out, b.String())
	}
	slices.Sort(out)
	return out
}

// moveTime moves a day as the copy moves it: a date of birth by its own
// days, any other by the shift; the zero time, no day at all, stays.
//
// A day a number of whole years after a date of birth (the 18th birthday
// a check names) moves with the date of birth.
func (r *redactor) moveTime(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	for orig, moved := range r.born {
		o, _ := time.Parse(time.DateOnly, orig)
		m, _ := time.Parse(time.DateOnly, moved)
		for years := 0; years <= 30; years++ {
			if o.AddDate(years, 0, 0).Equal(t) {
				return m.AddDate(years, 0, 0)
			}
		}
	}
	return r.shiftDate(t)
}

// value returns a message value with its stand-ins.
func (r *redactor) value(v any) any {
	switch v := v.(type) {
	case string:
		return r.text(v)
	case time.Time:
		return r.moveTime(v)
	case casefile.Date:
		return casefile.Date{Time: r.moveTime(v.Time)}
	case fmt.Stringer:
		return r.text(v.String())
	}
	return v
}
