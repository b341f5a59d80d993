// Command loadbench measures coregroup on a generated caseload, as whole
// processes (make bench): every document of every case rendered, PDF and
// Markdown, in each case's language; validate of the caseload; and one
// plan PDF in a fresh process, many times; the same plan made by
// wkhtmltopdf from coregroup's HTML, when wkhtmltopdf is installed; and,
// with -make-test, make test. It prints the figures beside the targets of
// docs/performance.md.
//
//	go run ./internal/cmd/loadbench [-bin bin/coregroup] [-n 1000] [-seed 1] [-runs 3] [-fresh 40] [-make-test]
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"coregroup/internal/caseload"
	"coregroup/samples"
)

func main() {
	bin := flag.String("bin", "bin/coregroup", "the coregroup binary to measure")
	n := flag.Int("n", 1000, "how many cases")
	seed := flag.Uint64("seed", 1, "the caseload's seed")
	runs := flag.Int("runs", 3, "runs of each batch; the best is kept")
	fresh := flag.Int("fresh", 40, "fresh processes that each write one plan PDF")
	makeTest := flag.Bool("make-test", false, "time make test too (run from the repository's root)")
	flag.Parse()
	if err := bench(*bin, *n, *seed, *runs, *fresh, *makeTest); err != nil {
		fmt.Fprintln(os.Stderr, "loadbench:", err)
		os.Exit(1)
	}
}

// usage is what one process took: wall-clock and CPU time, and its peak
// resident memory.
type usage struct {
	wall, cpu time.Duration
	peak      int64 // bytes
}

func bench(bin string, n int, seed uint64, runs, fresh int, makeTest bool) error {
	bin, err := filepath.Abs(bin)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "coregroup-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	cases := filepath.Join(dir, "cases")
	if err := caseload.Write(cases, n, seed); err != nil {
		return err
	}
	out := filepath.Join(dir, "out")

	render, err := best(runs, func() (usage, error) {
		os.RemoveAll(out)
		return run(bin, "render", "--as-of", samples.Date, "-o", out, cases)
	})
	if err != nil {
		return err
	}
	pdfs, mds, size, err := count(out)
	if err != nil {
		return err
	}
	validate, err := best(runs, func() (usage, error) {
		return run(bin, "validate", "--as-of", samples.Date, cases)
	})
	if err != nil {
		return err
	}
	one := filepath.Join(dir, "one")
	var times, cpus []time.Duration
	for range fresh {
		u, err := run(bin, "render", "--as-of", samples.Date, "--doc", "plan", "--format", "pdf", "-o", one, filepath.Join(cases, "case-00001.yaml"))
		if err != nil {
			return err
		}
		times, cpus = append(times, u.wall), append(cpus, u.cpu)
	}
	slices.Sort(times)
	slices.Sort(cpus)
	plans, _ := filepath.Glob(filepath.Join(one, "*-plan-*.pdf"))
	var planSize int64
	if len(plans) > 0 {
		if info, err := os.Stat(plans[0]); err == nil {
			planSize = info.Size()
		}
	}

	wk, err := wkhtmltopdf(bin, filepath.Join(cases, "case-00001.yaml"), filepath.Join(dir, "html"), fresh)
	if err != nil {
		return err
	}
	var tests usage
	if makeTest {
		if tests, err = timed(exec.Command("make", "test")); err != nil {
			return err
		}
	}

	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Printf("coregroup on %d generated cases (seed %d), %d cores (GOMAXPROCS %d), load average %s\n",
		n, seed, runtime.NumCPU(), runtime.GOMAXPROCS(0), strings.Join(strings.Fields(string(load))[:3], " "))
	fmt.Printf("best of %d batch runs; %d fresh processes for one plan\n\n", runs, fresh)
	fmt.Printf("| what | now | target |\n|---|---|---|\n")
	fmt.Printf("| one plan PDF, fresh process: median, p95 (CPU median) | %s, %s (%s) | under 25 ms |\n", ms(times[len(times)/2]), ms(times[(len(times)*95)/100]), ms(cpus[len(cpus)/2]))
	fmt.Printf("| render every document: PDFs a second | %.0f (%d PDFs, %d Markdown, %.1f MB written in %s, %.2f cores used; %.0f PDFs a CPU second) | 500 on 2 cores |\n",
		float64(pdfs)/render.wall.Seconds(), pdfs, mds, float64(size)/1e6, secs(render.wall), render.cpu.Seconds()/render.wall.Seconds(), float64(pdfs)/render.cpu.Seconds())
	fmt.Printf("| render: peak memory | %.0f MiB | under 200 MiB |\n", float64(render.peak)/(1<<20))
	fmt.Printf("| validate every case | %s (%s of CPU, %.2f cores used, peak %.0f MiB) | under 2 s |\n", secs(validate.wall), secs(validate.cpu), validate.cpu.Seconds()/validate.wall.Seconds(), float64(validate.peak)/(1<<20))
	fmt.Printf("| a plan's size | %.0f KB | under 80 KB |\n", float64(planSize)/1e3)
	if wk > 0 {
		fmt.Printf("| against wkhtmltopdf (same plan as HTML, no JavaScript wait: median %s) | %.1f× faster | 5× faster or more |\n", ms(wk), float64(wk)/float64(times[len(times)/2]))
	} else {
		fmt.Printf("| against wkhtmltopdf | not measured: wkhtmltopdf is not installed (apt-get install wkhtmltopdf) | 5× faster or more |\n")
	}
	if makeTest {
		fmt.Printf("| `make test` | %s (%s of CPU) | under 60 s |\n", secs(tests.wall), secs(tests.cpu))
	}
	return nil
}

// wkhtmltopdf returns the median time wkhtmltopdf takes, in fresh
// processes, to make a PDF of the plan of a case as coregroup writes it in
// HTML: the comparison with a browser engine's way to a PDF. It returns 0
// when wkhtmltopdf is not installed.
func wkhtmltopdf(bin, caseFile, dir string, fresh int) (time.Duration, error) {
	wk, err := exec.LookPath("wkhtmltopdf")
	if err != nil {
		return 0, nil
	}
	if _, err := run(bin, "render", "--as-of", samples.Date, "--doc", "plan", "--format", "html", "-o", dir, caseFile); err != nil {
		return 0, err
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "*-plan-*.html"))
	if len(pages) == 0 {
		return 0, fmt.Errorf("render --format html wrote no plan in %s", dir)
	}
	var times []time.Duration
	for range max(fresh, 1) {
		cmd := exec.Command(wk, "--quiet", "--javascript-delay", "0", "--disable-javascript", pages[0], filepath.Join(dir, "wk.pdf"))
		cmd.Env = append(os.Environ(), "QT_QPA_PLATFORM=offscreen")
		u, err := timed(cmd)
		if err != nil {
			return 0, err
		}
		times = append(times, u.wall)
	}
	slices.Sort(times)
	return times[len(times)/2], nil
}

// run runs coregroup and returns what it took. Exit 1 (a document not
// written for its findings) is a result; exit 2 is a failure.
func run(bin string, args ...string) (usage, error) {
	return timed(exec.Command(bin, args...))
}

// timed runs cmd and returns what it took. Exit 1 is a result; any other
// failure is an error.
func timed(cmd *exec.Cmd) (usage, error) {
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 1 {
		err = nil
	}
	if err != nil {
		return usage{}, fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, stderr.String())
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return usage{wall: wall, cpu: cpu, peak: ru.Maxrss << 10}, nil
}

// best runs f runs times and keeps the fastest.
func best(runs int, f func() (usage, error)) (usage, error) {
	var b usage
	for i := range max(runs, 1) {
		u, err := f()
		if err != nil {
			return usage{}, err
		}
		if i == 0 || u.wall < b.wall {
			b = u
		}
	}
	return b, nil
}

// count returns the PDFs and Markdown files in dir, and their bytes.
func count(dir string) (pdfs, mds int, size int64, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, 0, 0, err
	}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			return 0, 0, 0, err
		}
		size += info.Size()
		switch filepath.Ext(e.Name()) {
		case ".pdf":
			pdfs++
		case ".md":
			mds++
		}
	}
	return pdfs, mds, size, nil
}

func ms(d time.Duration) string   { return fmt.Sprintf("%.0f ms", float64(d)/float64(time.Millisecond)) }
func secs(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }
