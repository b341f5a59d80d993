# coregroup: make demo renders the samples into out/; make test runs every test.
GO ?= go
BIN := bin/coregroup
OUT := out

.PHONY: all build test test-race test-norace test-long test-browser screenshots demo preflight lint gen golden fuzz fuzz-smoke bench clean print-sample-day

all: build

build:
	$(GO) build -buildvcs=auto -trimpath -o $(BIN) ./cmd/coregroup

## test: vet, formatting, generated files, every test (with the race
## detector where a test can run two goroutines at once: see RACE_PKGS),
## and the translators' check of the message files and the samples: what the
## Welsh lacks, and where it breaks the termbase (locales/terms.yaml).
## With -short the tests that step through years of days or every document
## take a sample of them (each says which); test-long runs them whole.
## The packages with and without the race detector run side by side; each
## half's output is printed when it ends.
test: lint
	@$(MAKE) --no-print-directory -j2 --output-sync=target test-race test-norace
	@{ cat coverage-norace.out; tail -n +2 coverage-race.out; } > coverage.out
	@rm -f coverage-race.out coverage-norace.out

# RACE_PKGS are the packages whose code or tests start goroutines (a go
# statement, t.Parallel, a server, a timer's function): only there can a
# package's own tests race, and the race detector makes the tests of the
# others (pure computation, one goroutine) ten to twenty-five times slower
# for nothing. Their code is raced all the same wherever internal/cli's
# parallel tests and batch workers run it. NORACE_PKGS are the rest.
CONCURRENT := ^[[:space:]]*go [[:alnum:]_(]|[.]Parallel[(][)]|[.]Go[(]|AfterFunc[(]|httptest[.]NewServer|[.]Serve[(]|ListenAndServe
RACE_PKGS = $(shell $(GO) list -f '{{.ImportPath}} {{.Dir}}' ./... | while read pkg dir; do grep -qE '$(CONCURRENT)' $$dir/*.go && echo $$pkg; done)
NORACE_PKGS = $(filter-out $(RACE_PKGS),$(shell $(GO) list ./...))

test-race:
	$(GO) test -short -race -coverprofile=coverage-race.out $(RACE_PKGS)
	$(GO) test -C third_party/fpdf-v0.12.0 -race .

test-norace:
	$(GO) test -short -covermode=atomic -coverprofile=coverage-norace.out $(NORACE_PKGS)
	$(GO) run ./cmd/coregroup translate check samples/*.yaml

## test-long: every test whole, the exhaustive ones included, without the
## race detector (which makes them ten times slower and finds nothing more
## in code make test has already raced).
test-long:
	$(GO) test -count=1 ./...

## test-browser: every HTML document and every page of serve opened in
## Debian's chromium (apt-get install chromium) and checked by axe-core
## against WCAG 2.2 A and AA; npm ci installs the pinned axe-core.
test-browser:
	cd internal/browser && npm ci --no-audit --no-fund --silent
	$(GO) vet -tags browser ./internal/browser
	$(GO) test -tags browser -count=1 -timeout 15m ./internal/browser

## screenshots: pictures of serve's main pages and a plan as HTML, in docs/screenshots.
screenshots:
	cd internal/browser && npm ci --no-audit --no-fund --silent
	$(GO) test -tags browser -count=1 -run TestServeAsAPersonUsesIt ./internal/browser -screenshots

# The samples are written as on this day (samples.Date in samples/samples.go);
# checking them on a later one would find their next meetings overdue.
SAMPLE_DAY := $(shell sed -n 's/^const Date = "\(.*\)"$$/\1/p' samples/samples.go)

print-sample-day:
	@echo $(SAMPLE_DAY)

## demo: check every sample and write what coregroup makes of them into out/.
demo: build
	@mkdir -p $(OUT)
	@chmod 700 $(OUT)
	$(BIN) validate --as-of $(SAMPLE_DAY) samples/*.yaml > $(OUT)/validate.txt; status=$$?; cat $(OUT)/validate.txt; exit $$status
	@# The problem samples must give findings (exit 1); exit 2 would be a failure to run.
	$(BIN) validate --as-of $(SAMPLE_DAY) samples/with-problems/ > $(OUT)/with-problems.txt || test $$? -eq 1
	@echo "Findings for the problem samples: $(OUT)/with-problems.txt"
	$(BIN) schedule --as-of $(SAMPLE_DAY) samples/wales-resolution.yaml > $(OUT)/wales-resolution-schedule.txt
	$(BIN) render --as-of $(SAMPLE_DAY) -o $(OUT) samples/*.yaml
	$(BIN) render --as-of $(SAMPLE_DAY) --lang cy+en -o $(OUT) samples/wales-welsh.yaml
	$(BIN) render --as-of $(SAMPLE_DAY) --doc review --lang cy -o $(OUT) samples/wales-welsh.yaml
	$(BIN) render --blank -o $(OUT)/blank-forms
	$(BIN) render --blank --lang cy+en -o $(OUT)/blank-forms
	$(BIN) schema > $(OUT)/case.schema.json
	$(BIN) init --policy wales --lang cy > $(OUT)/new-case-wales-cy.yaml
	@echo "Wrote $(OUT)/"

## preflight: check every PDF make demo wrote as PDF/A-1b with Apache
## PDFBox's preflight (Debian: libpdfbox2-java libactivation-java
## libjaxb-api-java); make test checks a few, this checks them all.
PREFLIGHT_CP := $(subst $(eval) ,:,$(patsubst %,/usr/share/java/%.jar,preflight pdfbox2 fontbox2 xmpbox commons-logging javax.activation jaxb-api))
preflight: demo
	@for f in $$(find $(OUT) -name '*.pdf' | sort); do \
		java -cp $(PREFLIGHT_CP) org.apache.pdfbox.preflight.Validator_A1b $$f | grep -q 'is a valid PDF/A-1b file' \
			|| { java -cp $(PREFLIGHT_CP) org.apache.pdfbox.preflight.Validator_A1b $$f; exit 1; }; \
	done; echo "Every PDF in $(OUT) is PDF/A-1b."

## lint: gofmt and go vet must be clean.
lint:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...

## gen: regenerate docs/case.schema.json, docs/case-format.md and docs/rules.md from the code,
## docs/glossary.md from the termbase (locales/terms.yaml), and
## locales/messages_gen.go, the built-in message files compiled into the
## program, from them (after the translations' source hashes are recorded).
gen:
	$(GO) test ./casefile -run TestGeneratedDocsAreCurrent -update
	$(GO) test ./check -run TestRulesDocIsCurrent -update
	$(GO) test ./locales -run 'TestGlossaryIsCurrent|TestEveryTranslationRecordsItsSource' -update
	$(GO) test ./locales -run TestMessageTablesAreCurrent -update

# GOLDEN_PKGS are the packages whose tests compare with golden files: those
# that import internal/golden, which owns the one -update flag.
GOLDEN_PKGS = $(shell $(GO) list -f '{{.ImportPath}} {{join .TestImports " "}} {{join .XTestImports " "}}' ./... | awk '{ for (i = 2; i <= NF; i++) if ($$i == "coregroup/internal/golden") { print $$1; break } }')

## golden: rewrite every golden file (documents, generated docs, command output)
## with what the code makes now; read the diff (git diff) before committing it.
golden:
	$(GO) test $(GOLDEN_PKGS) -update

## fuzz: run every fuzz target for FUZZTIME each (default 60s; FUZZTIME=10m
## for the long run). A crasher is saved under the package's testdata/fuzz/
## and then runs in make test; add it to testdata/catalogue/ as well.
FUZZTIME ?= 60s
FUZZFLAGS ?=
FUZZ_TARGETS := casefile:FuzzParse check:FuzzRun calendar:FuzzAddWorkingDays \
	templates:FuzzMarkdown render:FuzzPDF translation:FuzzImport
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t#*:}; \
		echo "fuzz ./$$pkg $$name for $(FUZZTIME)"; \
		$(GO) test ./$$pkg -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) $(FUZZFLAGS); \
	done

## fuzz-smoke: every fuzz target for 10s, as CI runs them after make test.
## Without minimising new inputs: Go's fuzzer fails a run with "context
## deadline exceeded" when minimising an input is cut off by -fuzztime, which
## in 10 seconds happens by chance, not because of a fault.
fuzz-smoke:
	$(MAKE) fuzz FUZZTIME=10s FUZZFLAGS=-fuzzminimizetime=0

## bench: the caseload as whole processes (internal/cmd/loadbench): BENCH_N
## generated cases, every document in PDF and Markdown, validate, and one
## plan in a fresh process, the same plan through wkhtmltopdf (when
## installed), and make test, against the targets of docs/performance.md;
## then every stage's go benchmark, with its allocations.
BENCH_N ?= 1000
bench: build
	$(GO) run ./internal/cmd/loadbench -bin $(BIN) -n $(BENCH_N) -make-test
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin $(OUT) coverage.out coverage-race.out coverage-norace.out
