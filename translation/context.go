package translation

import "strings"

// Context returns the msgctxt of a case's text: the case reference and
// the text's key path, such as "CG-2026-0142|children[ella].views".
func Context(ref, path string) string { return ref + "|" + path }

// SplitContext splits a msgctxt written by Context. A key path has no
// "|", so the reference is everything before the last one.
func SplitContext(ctxt string) (ref, path string, ok bool) {
	i := strings.LastIndexByte(ctxt, '|')
	if i <= 0 || i == len(ctxt)-1 {
		return "", "", false
	}
	return ctxt[:i], ctxt[i+1:], true
}
