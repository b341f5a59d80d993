package render

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/util"
)

// unescape resolves what Markdown text means as opposed to how it is
// written: a backslash before ASCII punctuation (`\*`, `\|`, `\#`, `\<`)
// gives the punctuation itself, and entity and numeric character
// references (`&amp;`, `&#35;`, `&#x23;`) give their character. goldmark
// leaves both in its Text nodes and resolves them only when it writes
// HTML; this does the same in one pass, so `\&amp;` stays `&amp;`. Code
// spans, code blocks and raw HTML are never unescaped.
func unescape(s string) string {
	if !strings.ContainsAny(s, `\&`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && util.IsPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i++
		case c == '&':
			if r, n := reference(s[i:]); n > 0 {
				b.WriteString(r)
				i += n - 1
			} else {
				b.WriteByte(c)
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// reference reads an entity or numeric character reference at the start
// of s and returns what it stands for and its length, or 0 when s does
// not start with one.
func reference(s string) (string, int) {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 40 {
		return "", 0
	}
	body := s[1:end]
	if body[0] == '#' {
		digits, base := body[1:], 10
		if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
			digits, base = digits[1:], 16
		}
		if len(digits) == 0 || (base == 10 && len(digits) > 7) || (base == 16 && len(digits) > 6) {
			return "", 0
		}
		for i := 0; i < len(digits); i++ {
			if !(util.IsNumeric(digits[i]) || base == 16 && util.IsHexDecimal(digits[i])) {
				return "", 0
			}
		}
		v, err := strconv.ParseUint(digits, base, 32)
		if err != nil {
			return "", 0
		}
		return string(util.ToValidRune(rune(v))), end + 1
	}
	for i := 0; i < len(body); i++ {
		if !util.IsAlphaNumeric(body[i]) {
			return "", 0
		}
	}
	if e, ok := util.LookUpHTML5EntityByName(body); ok {
		return string(e.Characters), end + 1
	}
	return "", 0
}
