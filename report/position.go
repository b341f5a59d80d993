// Package report holds what coregroup tells its users about a case file:
// positions in the file, findings with a rule id and a severity, and the
// formats they are printed in.
package report

import "fmt"

// Position is a place in a case file. Line and Col are 1-based; zero means
// unknown.
type Position struct {
	File string
	Line int
	Col  int
}

// IsValid reports whether the position names a line.
func (p Position) IsValid() bool { return p.Line > 0 }

// String returns the position in one of these forms:
//
//	file:line:col   a known place in a named file
//	line:col        a known place in an unnamed file
//	file            a file with no known line
//	-               nothing known
func (p Position) String() string {
	switch {
	case p.IsValid() && p.File != "":
		return fmt.Sprintf("%s:%d:%d", p.File, p.Line, max(p.Col, 1))
	case p.IsValid():
		return fmt.Sprintf("%d:%d", p.Line, max(p.Col, 1))
	case p.File != "":
		return p.File
	default:
		return "-"
	}
}

// Before reports whether p sorts before q: by file, then line, then column.
func (p Position) Before(q Position) bool {
	if p.File != q.File {
		return p.File < q.File
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}
