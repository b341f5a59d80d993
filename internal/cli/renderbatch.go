package cli

import (
	"bytes"
	"fmt"
	"time"

	"coregroup/internal/atomicfile"
	"coregroup/locales"
)

// caseResult is what a worker made of one case file, for the run to take
// in the order of the files: what it printed, the file names it claimed
// (in order, each with how much it had printed by then), the files to
// write, and how it ended.
type caseResult struct {
	out     bytes.Buffer
	claims  []claim
	files   []atomicfile.File
	refused string // the message id of why a document of the case was not written, "" when all were
	err     error
}

// claim is a claim a case makes on file names, which only the run can
// grant, knowing the cases before it: the names of a case's reference
// (caseName), or one document's file name.
type claim struct {
	at        int // bytes the case had printed before it
	caseName  bool
	ref, path string // the case's reference and file
	name, doc string // the file name, and the document as describe gives it
}

// renderFiles renders the case files on a worker per core (--jobs) and
// takes their results in the order of the files: the output is byte for
// byte that of rendering them one after another. A case that fails is
// told at its turn and stops no other.
func (j *renderJob) renderFiles(files []string, bf *batchFlags) (failed bool) {
	start := time.Now()
	base := *j // what every worker starts from, before the run claims names
	inputs := j.e.splitStdin(files)
	bar := bf.progress(j.e, len(files), j.ui)
	inOrder(len(files), bf.jobs, func(i int) *caseResult {
		return base.work(inputs[i], files[i])
	}, func(i int, r *caseResult) {
		bar.clear() // the case prints the files it writes, if nothing else
		if err := j.commit(files[i], r); err != nil {
			j.e.fail("%v", err)
			j.failed++
		}
		bar.step()
	})
	bar.clear()
	if bf.summarise(j.e) {
		j.summary(len(files), time.Since(start))
	}
	return j.failed > 0
}

// work renders one case on a copy of the job that writes nothing: it
// prints into the result, claims names there, and leaves its files there.
func (j renderJob) work(e *env, path string) *caseResult {
	r := &caseResult{}
	w := *e
	w.stderr = &r.out
	j.e, j.batch = &w, r
	j.names, j.claimed = nil, nil
	j.refused, j.why = false, ""
	r.err = j.renderCase(path)
	if j.refused {
		r.refused = j.why
	}
	return r
}

// commit takes a worker's result in its turn: it grants the case's claims
// on file names as the run would have one after another, prints what the
// case printed, and writes its files.
func (j *renderJob) commit(path string, r *caseResult) error {
	out := r.out.Bytes()
	printed := 0
	for _, c := range r.claims {
		j.e.stderr.Write(out[printed:c.at])
		printed = c.at
		if c.caseName {
			if other, taken := j.claimName(c.ref, c.path); taken {
				fmt.Fprintln(j.e.stderr, "coregroup: "+j.ui.Text(locales.M("render.same-names", "File", c.path, "Ref", c.ref, "OtherRef", other.ref, "OtherFile", other.file)))
				j.refuse("batch.why-same-names")
				return nil
			}
			continue
		}
		if other, taken := j.claim(c.name, c.doc, c.path); taken {
			return fmt.Errorf("%s: %w", path, sameFileError(c.name, other, c.doc))
		}
	}
	j.e.stderr.Write(out[printed:])
	if r.refused != "" {
		j.refuse(r.refused)
	}
	if r.err != nil {
		return r.err
	}
	return j.writeFiles(r.files)
}

// refuse notes that a document of the case was not written, and why: the
// message id of the reason, counted in the summary.
func (j *renderJob) refuse(why string) {
	if !j.refused || j.why == "" {
		j.why = why
	}
	j.refused = true
	if j.batch == nil {
		if j.whys == nil {
			j.whys = map[string]int{}
		}
		j.whys[why]++
	}
}

// summary prints, at the end of a run, the files written, the cases with
// a document not written and why, the cases that failed, and the time
// taken.
func (j *renderJob) summary(cases int, took time.Duration) {
	say := func(id string, kv ...any) { fmt.Fprintln(j.e.stderr, "coregroup: "+j.ui.Text(locales.M(id, kv...))) }
	say("batch.summary", "Files", j.wrote, "Cases", cases, "Took", took.Round(time.Millisecond).String())
	for _, why := range []string{"batch.why-case-errors", "batch.why-findings", "batch.why-untranslated", "batch.why-same-names"} {
		if n := j.whys[why]; n > 0 {
			say("batch.refused", "Why", j.ui.Text(locales.M(why)), "N", n)
		}
	}
	if j.failed > 0 {
		say("batch.failed", "N", j.failed)
	}
}
