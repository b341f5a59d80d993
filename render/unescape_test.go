package render

import "testing"

func TestUnescape(t *testing.T) {
	tests := []struct{ in, want string }{
		{`plain`, `plain`},
		{`Smith \| \*Jones\*`, `Smith | *Jones*`},
		{`\# \< \> \[ \] \_ \~ \! \& \\ \-`, `# < > [ ] _ ~ ! & \ -`},
		{`\a \é`, `\a \é`}, // only ASCII punctuation escapes
		{`trailing \`, `trailing \`},
		{`&amp; &lt; &copy; &#35; &#x23; &#X23;`, `& < © # # #`},
		{`\&amp;`, `&amp;`},
		{`&#0; &#x110000;`, "\ufffd \ufffd"},
		{`&nosuch; & ; &#; &#x; &12;`, `&nosuch; & ; &#; &#x; &12;`},
		{`&#12345678;`, `&#12345678;`}, // too many digits
	}
	for _, tc := range tests {
		if got := unescape(tc.in); got != tc.want {
			t.Errorf("unescape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
