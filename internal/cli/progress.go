package cli

import (
	"fmt"
	"io"
	"time"

	"coregroup/locales"
)

// progress is the line that tells the person at a terminal how far a run
// over many cases has got: cases done of all, cases a second, and time
// left. The zero progress shows nothing.
type progress struct {
	w          io.Writer
	loc        *locales.Localizer
	n, done    int
	start, out time.Time
	shown      bool
}

func newProgress(w io.Writer, n int, loc *locales.Localizer) *progress {
	now := time.Now()
	return &progress{w: w, loc: loc, n: n, start: now, out: now}
}

// step counts a case done and redraws the line: at once when it was
// cleared, else at most ten times a second.
func (p *progress) step() {
	if p.w == nil {
		return
	}
	p.done++
	now := time.Now()
	if p.shown && now.Sub(p.out) < 100*time.Millisecond && p.done < p.n {
		return
	}
	p.out = now
	rate := float64(p.done) / now.Sub(p.start).Seconds()
	left := time.Duration(float64(p.n-p.done) / rate * float64(time.Second)).Round(time.Second)
	line := p.loc.Text(locales.M("batch.progress", "Done", p.done, "Total", p.n, "Rate", fmt.Sprintf("%.0f", rate), "Left", left.String()))
	fmt.Fprint(p.w, "\r\033[K"+line)
	p.shown = true
}

// clear takes the line away, before anything else is printed on it.
func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}
