package cli

import (
	"bytes"
	"flag"
	"io"
	"os"
	"testing/iotest"

	"coregroup/casefile"
	"coregroup/locales"
)

// batchFlags are the flags of the commands that take many case files:
// how many to work on at once, and what to tell the person at the
// keyboard while they wait.
type batchFlags struct {
	jobs           int
	quiet, summary bool
}

func addBatchFlags(fs *flag.FlagSet) *batchFlags {
	f := &batchFlags{}
	fs.IntVar(&f.jobs, "jobs", 0, "how many cases to work on at once (default one per core); the output is the same whatever the number")
	fs.BoolVar(&f.quiet, "quiet", false, "no progress line and no summary, even on a terminal")
	fs.BoolVar(&f.summary, "summary", false, "print the summary at the end even when standard error is not a terminal")
	return f
}

// progress returns the progress line of a run over n cases: shown on a
// terminal only, never with --quiet.
func (f *batchFlags) progress(e *env, n int, loc *locales.Localizer) *progress {
	if f.quiet || e.term == nil {
		return &progress{}
	}
	return newProgress(e.term, n, loc)
}

// summarise reports whether the summary is printed: with --summary, or on
// a terminal without --quiet. Scripts and logs that read standard error
// see what they always have.
func (f *batchFlags) summarise(e *env) bool {
	return f.summary || (!f.quiet && e.term != nil)
}

// isTerminal reports whether w is a terminal: a character device, which a
// pipe, a file or a test's buffer is not.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// splitStdin returns an env for each file, to read it on a worker of its
// own: the same env, except that the first "-" has all of standard input,
// read here once, and any later "-" has none of it, as when they are read
// one after another; when standard input cannot be read, every "-" is
// told why in its turn.
func (e *env) splitStdin(files []string) []*env {
	out := make([]*env, len(files))
	var data []byte
	var err error
	read := false
	for i, path := range files {
		out[i] = e
		if path != "-" {
			continue
		}
		c := *e
		switch {
		case !read:
			data, err = io.ReadAll(io.LimitReader(e.stdin, casefile.MaxSize+1))
			read = true
			c.stdin = bytes.NewReader(data)
		default:
			c.stdin = bytes.NewReader(nil)
		}
		if err != nil {
			c.stdin = iotest.ErrReader(err)
		}
		out[i] = &c
	}
	return out
}
