package desk

// Source is what the pages show: the command line makes it from a folder
// of case files, the policies and the day checked.
type Source interface {
	// Cases returns every case file of the folder, in file name order.
	Cases() ([]Case, error)
	// Case returns one case file, by its name in the folder, with its
	// findings and schedule; ok is false for a name that is not one.
	Case(file string) (c CaseDetail, ok bool, err error)
	// Documents returns a case's documents in a language (such as cy or
	// cy+en) as HTML and PDF files, by file name.
	Documents(file, lang string) ([]File, error)
	// Blank returns the blank forms in a language, as HTML and PDF.
	Blank(lang string) ([]File, error)
	// Review returns the translator's review sheet of a case, English
	// beside lang, as HTML.
	Review(file, lang string) ([]byte, error)
	// PO returns the case's texts as a PO file for a translator into lang.
	PO(file, lang string) ([]byte, error)
	// Import merges the translations of a PO (or XLIFF) file into the
	// case file, as translate import does, and returns what it said; ok
	// is false when it changed nothing for a fault it names.
	Import(file, lang string, po []byte) (report string, ok bool, err error)
	// Languages returns the languages documents can be written in,
	// bilingual ones included (en, cy, cy+en).
	Languages() []string
}

// Case is one case file as the list shows it.
type Case struct {
	File    string // the file's name in the folder: its address in the pages
	Ref     string
	Lang    string // the family's language
	NextDue string // the next date due (YYYY-MM-DD), "" for none
	Next    string // what is due then
	// DueThisWeek is whether something is due in the next seven days, or
	// overdue.
	DueThisWeek             bool
	Overdue                 int
	Errors, Warnings, Notes int
	Problem                 string // why the file cannot be read, if it cannot
}

// CaseDetail is one case file with its findings and schedule.
type CaseDetail struct {
	Case
	Findings []Finding
	Schedule []Dated
}

// Finding is one finding as validate prints it: its severity, where in
// the file, the text of that line of the file, and what is wrong.
type Finding struct {
	Severity, Where, Line, Text string
}

// Dated is one line of a case's schedule.
type Dated struct {
	Date, Status, Text string
}

// File is a document made for the pages, never written to disk.
type File struct {
	Name string
	Data []byte
}
