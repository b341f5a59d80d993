package po

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

const samplePO = `# A translator's note
#. Case CG-1, children[ella].views: The child's views.
#: case.yaml:12:5
msgid ""
msgstr ""
"Language: cy\n"
"Content-Type: text/plain; charset=UTF-8\n"

#. extracted
#: case.yaml:20:7
#, fuzzy, c-format
#| msgid "old"
msgctxt "CG-1|children[ella].views"
msgid "Tab\there, \"quoted\", back\\slash"
msgstr ""
"Line one\n"
"line two \101\x42"

msgctxt "CG-1|children[ella].ethnicity"
msgid "White Welsh"
msgstr "Cymro gwyn"
#~ msgid "obsolete"
#~ msgstr "darfodedig"

msgid "one"
msgid_plural "many"
msgstr[0] "un"
msgstr[1] "llawer"
`

func TestParsePO(t *testing.T) {
	po, err := Parse("t.po", []byte(strings.ReplaceAll(samplePO, "\n", "\r\n")))
	if err != nil {
		t.Fatal(err)
	}
	if po.HeaderField("language") != "cy" || po.HeaderField("Content-Type") != "text/plain; charset=UTF-8" || po.HeaderField("Nope") != "" {
		t.Errorf("header %q", po.Header.Str)
	}
	if !reflect.DeepEqual(po.Header.Comments, []string{"A translator's note"}) || po.Header.Line != 1 {
		t.Errorf("header comments %q at line %d", po.Header.Comments, po.Header.Line)
	}
	if len(po.Entries) != 3 {
		t.Fatalf("%d entries", len(po.Entries))
	}
	e := po.Entries[0]
	want := Entry{
		Line: 9, Extracted: []string{"extracted"}, References: []string{"case.yaml:20:7"},
		Flags: []string{"fuzzy", "c-format"}, Previous: []string{`msgid "old"`},
		Context: "CG-1|children[ella].views", HasContext: true,
		ID: "Tab\there, \"quoted\", back\\slash", Str: "Line one\nline two AB",
	}
	if !reflect.DeepEqual(e, want) {
		t.Errorf("entry\n got %#v\nwant %#v", e, want)
	}
	if !e.Fuzzy() || po.Entries[1].Fuzzy() {
		t.Error("fuzzy flags")
	}
	if e := po.Entries[1]; e.Str != "Cymro gwyn" || e.Line != 19 {
		t.Errorf("second entry %+v", e)
	}
	if e := po.Entries[2]; !e.HasPlural || e.Plural != "many" || !reflect.DeepEqual(e.Strs, []string{"un", "llawer"}) {
		t.Errorf("plural entry %+v", e)
	}
}

func TestParsePOErrors(t *testing.T) {
	tests := []struct {
		name, po string
		line     int
		msg      string
	}{
		{"unknown keyword", "msgid \"a\"\nmsgstring \"b\"\n", 2, `unknown keyword "msgstring"`},
		{"missing msgstr", "msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"\"\n", 2, "msgid without msgstr"},
		{"missing msgstr at the end", "msgid \"a\"\n", 2, "msgid without msgstr"},
		{"no closing quote", "msgid \"a\nmsgstr \"\"\n", 1, "no closing quote"},
		{"text after the string", "msgid \"a\" b\nmsgstr \"\"\n", 1, "text after the closing quote"},
		{"unknown escape", "msgid \"a\"\nmsgstr \"\\q\"\n", 2, `unknown escape \q`},
		{"unquoted string", "msgid a\nmsgstr \"\"\n", 1, "double quotes"},
		{"continuation with no keyword", "\"a\"\n", 1, "no keyword"},
		{"second msgstr", "msgid \"a\"\nmsgstr \"\"\nmsgstr \"b\"\n", 3, "a second msgstr"},
		{"msgstr without msgid", "msgstr \"b\"\n", 1, "msgstr without msgid"},
		{"comment inside an entry", "msgid \"a\"\n# note\nmsgstr \"\"\n", 2, "middle of an entry"},
		{"duplicate entry", "msgctxt \"x\"\nmsgid \"a\"\nmsgstr \"\"\n\nmsgctxt \"x\"\nmsgid \"a\"\nmsgstr \"b\"\n", 5, "first at line 1"},
		{"plural without msgid_plural", "msgid \"a\"\nmsgstr[0] \"b\"\n", 2, "out of place"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("t.po", []byte(tt.po))
			pe, ok := err.(*Error)
			if !ok {
				t.Fatalf("err = %v, want a *Error", err)
			}
			if pe.Line != tt.line || !strings.Contains(pe.Msg, tt.msg) || !strings.HasPrefix(err.Error(), "t.po:") {
				t.Errorf("got %q, want line %d and %q", err, tt.line, tt.msg)
			}
		})
	}
}

func TestPOWriteAndReadBack(t *testing.T) {
	long := strings.Repeat("Mae Gethin wedi colli llawer o ysgol ers mis Ebrill. ", 5)
	po := &File{
		Header: Entry{Comments: []string{"Header", ""}, Str: "Language: cy\nContent-Type: text/plain; charset=UTF-8\n"},
		Entries: []Entry{
			{Extracted: []string{"Case X, a: b"}, References: []string{"c.yaml:1:2"}, Context: "X|a", HasContext: true, ID: "short", Str: "byr"},
			{Context: "X|b", HasContext: true, ID: long, Str: ""},
			{Context: "X|c", HasContext: true, ID: "two\nlines\n", Str: "dwy\nllinell\n", Flags: []string{"fuzzy"}},
			{Context: "X|d", HasContext: true, ID: "quotes \" and \\ and \t tab", Str: strings.Repeat("ŵ", 100)},
			{Context: "X|e", HasContext: true, ID: "\x01 control", Str: "a  b   spaces  "},
		},
	}
	data := po.Bytes()
	text := string(data)
	for _, l := range strings.Split(text, "\n") {
		if utf8.RuneCountInString(l) > 79 && !strings.Contains(l, "ŵŵŵ") && !strings.HasPrefix(l, "#") {
			t.Errorf("line longer than 79: %q", l)
		}
	}
	if !strings.Contains(text, "msgid \"\"\n\"two\\n\"\n\"lines\\n\"\n") || !strings.Contains(text, "msgid \"short\"\nmsgstr \"byr\"\n") {
		t.Errorf("strings not written as gettext writes them:\n%s", text)
	}
	back, err := Parse("t.po", data)
	if err != nil {
		t.Fatalf("%v\n%s", err, text)
	}
	for i := range back.Entries {
		back.Entries[i].Line = 0
	}
	back.Header.Line = 0
	if !reflect.DeepEqual(back.Header, po.Header) || !reflect.DeepEqual(back.Entries, po.Entries) {
		t.Errorf("read back differently:\n%#v\n%#v", back, po)
	}
	if string(back.Bytes()) != text {
		t.Error("writing what was read gives other bytes")
	}
}
