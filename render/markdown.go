package render

import (
	"bytes"
	"strings"

	"go.yaml.in/yaml/v3"
)

// frontMatter is the YAML front matter of a Markdown document, in the
// order it is written. pandoc reads title, lang, date, subject and
// keywords (a Word document's title, language, date and properties);
// static-site tools read title, lang and date; the other keys say what
// the PDF's page furniture says.
type frontMatter struct {
	Title      string   `yaml:"title,omitempty"`
	Lang       string   `yaml:"lang,omitempty"`
	Date       string   `yaml:"date,omitempty"`
	Subject    string   `yaml:"subject,omitempty"`
	Keywords   []string `yaml:"keywords,omitempty"`
	Marking    string   `yaml:"protective-marking,omitempty"`
	CaseRef    string   `yaml:"case-reference,omitempty"`
	Fictitious string   `yaml:"fictitious,omitempty"`
	Draft      string   `yaml:"draft,omitempty"`
	Generator  string   `yaml:"generator,omitempty"`
}

// MarkedMarkdown is a document as the Markdown file coregroup writes: YAML
// front matter (title, language, date, protective marking, case
// reference, generator and version), then the marking, the case reference
// and the fictitious banner as a line of text above the document and
// again below it, so that a copy made of the Markdown alone, through
// pandoc into Word say, is marked as the PDF is on every page. m is the
// Meta the PDF is drawn with; with no marking, reference or banner there
// is no line of them.
func MarkedMarkdown(src []byte, m Meta) ([]byte, error) {
	creator := m.Creator
	if creator == "" {
		creator = defaultCreator
	}
	fm := frontMatter{Title: m.Title, Lang: m.Lang, Marking: m.Marking, CaseRef: m.CaseRef, Fictitious: m.Banner, Draft: m.Draft, Generator: creator}
	if !m.Created.IsZero() {
		fm.Date = m.Created.UTC().Format("2006-01-02")
	}
	var line []string
	for _, s := range []string{m.Marking, m.CaseRef, m.Banner} {
		if s != "" {
			fm.Keywords = append(fm.Keywords, s)
			line = append(line, "**"+escapeMarkdown(s)+"**")
		}
	}
	fm.Subject = strings.Join(fm.Keywords, " · ")
	var b bytes.Buffer
	b.WriteString("---\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(fm); err != nil {
		return nil, err
	}
	b.WriteString("---\n\n")
	banner := strings.Join(line, " · ")
	if banner != "" {
		b.WriteString(banner + "\n\n* * *\n\n")
	}
	b.Write(bytes.TrimRight(src, "\n"))
	b.WriteString("\n")
	if banner != "" {
		b.WriteString("\n* * *\n\n" + banner + "\n")
	}
	return b.Bytes(), nil
}

// escapeMarkdown makes s read as itself in Markdown text.
func escapeMarkdown(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|~&", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
