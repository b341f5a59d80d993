package render

import (
	"strings"
	"testing"
)

func TestStandaloneMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"```scale\nscore: 6\nlow: Worried\nhigh: Safe\n```\n", "0 (Worried) · 1 · 2 · 3 · 4 · 5 · **6** · 7 · 8 · 9 · 10 (Safe)\n"},
		{"```rows\n| Name | A*b |\n| Leo | |\nrows: 1\n```\n", "| Name | A\\*b |\n|---|---|\n| Leo |  |\n|  |  |\n"},
		{"```boxes\nlabel: Why?\nlines: 1\n```\n", "**Why?**\n\n" + writeLine + "\n"},
		{"- a\n\n  ```signature\n  Signed\n  Date: 1 May\n  ```\n", "- a\n\n  **Signed:** " + writeLine + "\n\n  **Date:** 1 May\n"},
		{"```chart\n| m | Mum |\n| d1 | 6 |\n| d2 | |\n```\n", "| m | Mum |\n|---|---|\n| d1 | 6 |\n| d2 |  |\n"},
		{"one\n\n```pagebreak\npart: 2\n```\n\ntwo\n", "one\n\n---\n\ntwo\n"},
		{"- line one\\\n  line two\n", "- line one\n\n  line two\n"},
		{"> said\\\n> this\n", "> said\n>\n> this\n"},
		{"a \\\\\nb\n", "a \\\\\nb\n"}, // an escaped backslash is no break
		{"```go\ncode\n```\n", "```go\ncode\n```\n"},
	}
	for _, tt := range tests {
		got, err := Standalone([]byte(tt.in))
		if err != nil || string(got) != tt.want {
			t.Errorf("Standalone(%q) = %q, %v\nwant %q", tt.in, got, err, tt.want)
		}
	}
	if _, err := Standalone([]byte("```scale\nscore: 11\n```\n")); err == nil || !strings.Contains(err.Error(), "score") {
		t.Errorf("a malformed block: %v", err)
	}
}
