package templates

import (
	"bytes"
	"errors"
	"fmt"
	"sync/atomic"
	"text/template"
	"time"
)

// The limits of running a template for one document. The built-in
// templates write some tens of kilobytes in milliseconds; a local one
// (--templates) that loops or grows a string without end is stopped with
// an error that names it, instead of running for minutes or filling the
// memory.
const (
	// MaxOutput is the most bytes a template may write for one document,
	// and the longest string print, printf and println may make (8 MiB of
	// Markdown is thousands of pages).
	MaxOutput = 8 << 20
	// MaxRunTime is the longest a template may run for one document.
	MaxRunTime = 10 * time.Second
)

var errTooMuch = fmt.Errorf("more than %d MiB", MaxOutput>>20)

// run executes t over data within the limits, and returns what it wrote.
// Past the time limit the template is stopped at its next write; one that
// loops without writing cannot be stopped from outside, and is left on a
// goroutine of its own while the error ends the command, and the process
// with it.
func (s *Set) run(t *template.Template, data any) ([]byte, error) {
	limit := s.timeout
	if limit == 0 {
		limit = MaxRunTime
	}
	w := &cappedBuffer{}
	done := make(chan error, 1)
	go func() { done <- t.Funcs(boundedPrint).Execute(w, data) }()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case err := <-done:
		if errors.Is(err, errTooMuch) {
			return nil, fmt.Errorf("%s: the template wrote %v for one document: check its loops", t.Name(), errTooMuch)
		}
		if err != nil {
			return nil, err
		}
		return w.buf.Bytes(), nil
	case <-timer.C:
		w.stopped.Store(true)
		return nil, fmt.Errorf("%s: the template ran for more than %v for one document: check its loops", t.Name(), limit)
	}
}

var errStopped = errors.New("stopped")

// cappedBuffer is a buffer that refuses to grow past MaxOutput, and to
// grow at all once stopped.
type cappedBuffer struct {
	buf     bytes.Buffer
	stopped atomic.Bool
}

func (c *cappedBuffer) Write(p []byte) (int, error) {
	switch {
	case c.stopped.Load():
		return 0, errStopped
	case c.buf.Len()+len(p) > MaxOutput:
		return 0, errTooMuch
	}
	return c.buf.Write(p)
}

// boundedPrint replaces the built-in print functions, the only ones that
// can make a string longer than their arguments, so that a template
// doubling a string in a loop stops at MaxOutput rather than at the end of
// the memory.
var boundedPrint = template.FuncMap{
	"print": func(a ...any) (string, error) {
		return bounded(a, func() string { return fmt.Sprint(a...) })
	},
	"println": func(a ...any) (string, error) {
		return bounded(a, func() string { return fmt.Sprintln(a...) })
	},
	"printf": func(format string, a ...any) (string, error) {
		return bounded(append(a, format), func() string { return fmt.Sprintf(format, a...) })
	},
}

// bounded returns what print makes of args, or errTooMuch when the strings
// among args, or the result, are longer than MaxOutput. The arguments are
// measured first, so that no string longer than a few times MaxOutput is
// ever made.
func bounded(args []any, print func() string) (string, error) {
	total := 0
	for _, x := range args {
		switch x := x.(type) {
		case string:
			total += len(x)
		case Value:
			total += len(x.s)
		}
	}
	if total > MaxOutput {
		return "", errTooMuch
	}
	if s := print(); len(s) <= MaxOutput {
		return s, nil
	}
	return "", errTooMuch
}
