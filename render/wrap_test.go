package render

import (
	"math"
	"strings"
	"testing"
)

func TestWrap(t *testing.T) {
	if err := loadFaces(); err != nil {
		t.Fatal(err)
	}
	r := func(s string, st style) run { return run{text: s, st: st, size: 10} }
	tests := []struct {
		name string
		runs []run
		maxW float64
		want []string
	}{
		{"fits", []run{r("one two three", regular)}, 100, []string{"one two three"}},
		{"breaks at spaces", []run{r("one two three", regular)}, 16, []string{"one two", "three"}},
		{"spaces collapse", []run{r("  one   two  ", regular)}, 100, []string{"one two"}},
		{"styles join words", []run{r("bold", bold), r("ending next", regular)}, width(bold, 10, "bold") + width(regular, 10, "ending") + 1, []string{"boldending", "next"}},
		{"no-break space holds", []run{r("a b\u00a0c", regular)}, 5, []string{"a", "b\u00a0c"}},
		{"hard break", []run{r("one", regular), {brk: true}, {brk: true}, r("two", regular)}, 100, []string{"one", "", "two"}},
		{"long word", []run{r(strings.Repeat("m", 30), regular)}, 20 * width(regular, 10, "m"), []string{strings.Repeat("m", 20), strings.Repeat("m", 10)}},
		{"after a hyphen", []run{r("aaaaaaaaaa-bbbbbbbbbb", regular)}, 30, []string{"aaaaaaaaaa-", "bbbbbbbbbb"}},
		{"narrower than a letter", []run{r("mm", regular)}, 0.1, []string{"m", "m"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := wrap(tc.runs, tc.maxW)
			var got []string
			for _, l := range lines {
				var b strings.Builder
				w := 0.0
				for _, f := range l.frags {
					if math.Abs(f.x-w) > 1e-9 {
						t.Errorf("fragment %q at %v, want %v", f.text, f.x, w)
					}
					w += f.w
					b.WriteString(f.text)
				}
				if math.Abs(w-l.w) > 1e-9 || (l.w > tc.maxW+1e-9 && len([]rune(b.String())) > 1) {
					t.Errorf("line %q is %v wide (fragments %v, limit %v)", b.String(), l.w, w, tc.maxW)
				}
				got = append(got, b.String())
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestColumnWidths(t *testing.T) {
	sum := func(w []float64) float64 {
		s := 0.0
		for _, v := range w {
			s += v
		}
		return s
	}
	tests := []struct {
		name             string
		natural, longest []float64
		check            func(t *testing.T, w []float64)
	}{
		{"all fit", []float64{20, 40}, []float64{10, 10}, func(t *testing.T, w []float64) {
			if math.Abs(w[1]/w[0]-44.0/24) > 1e-9 {
				t.Errorf("widths %v are not in proportion to the content", w)
			}
		}},
		{"narrow columns keep their content", []float64{30, 600, 20, 300}, []float64{15, 25, 18, 20}, func(t *testing.T, w []float64) {
			if w[0] < 34 || w[2] < 24 {
				t.Errorf("short columns squeezed: %v", w)
			}
			if w[1] <= w[3] {
				t.Errorf("the fuller column is not the wider: %v", w)
			}
			if w[1] > 0.6*170+1e-9 {
				t.Errorf("a column takes more than its share: %v", w)
			}
		}},
		{"long words win", []float64{500, 500, 500}, []float64{100, 20, 20}, func(t *testing.T, w []float64) {
			if w[0] < 100 {
				t.Errorf("the long word does not fit: %v", w)
			}
		}},
		{"too many columns", make([]float64, 20), make([]float64, 20), func(t *testing.T, w []float64) {
			for _, v := range w {
				if v <= 0 {
					t.Errorf("column of width %v", v)
				}
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, _ := columnWidths(tc.natural, tc.longest, 170, 4)
			if math.Abs(sum(w)-170) > 1e-6 {
				t.Errorf("widths %v sum to %v, want 170", w, sum(w))
			}
			tc.check(t, w)
		})
	}
}
