package cli

import (
	"flag"
	"fmt"

	"coregroup/locales"
	"coregroup/report"
)

// outputFlags are the flags of a command that prints a report: the format
// (from report's registry) and the language of its messages.
type outputFlags struct {
	format, lang *string
}

func addOutputFlags(fs *flag.FlagSet, langUsage string) *outputFlags {
	return &outputFlags{
		format: fs.String("format", "text", "output format: "+report.FormatNames()),
		lang:   fs.String("lang", "en", langUsage),
	}
}

// formatter returns the formatter --format names.
func (f *outputFlags) formatter() (report.Formatter, error) {
	formatter, ok := report.Formats[*f.format]
	if !ok {
		return nil, fmt.Errorf("unknown --format %q: use %s", *f.format, report.FormatNames())
	}
	return formatter, nil
}

// localizer returns the Localizer of --lang.
func (f *outputFlags) localizer() (*locales.Localizer, error) {
	loc, err := locales.New(*f.lang)
	if err != nil {
		return nil, fmt.Errorf("--lang: %w", err)
	}
	return loc, nil
}
